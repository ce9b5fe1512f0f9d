package io.psm.migrate.sample.guide;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/guide.md} honest: every command of its {@code console} blocks runs, section by
 * section in scratch projects, and must print what the guide shows (see {@link Guide} for the
 * conventions, {@link Bindings} for the values that may differ); its table of properties must list
 * every property of the configuration metadata with its default and description.
 *
 * <p>Sections run side by side, one per processor (at most four, {@code -Dguide.threads=N}).
 * With {@code -Dguide.record=true} every section runs to its end and {@code target/guide-actual.md}
 * receives the guide with the outputs the commands actually printed, for updating the guide after
 * a deliberate change in the product's output.
 */
class GuideIT {

    private static final Path GUIDE = Path.of(System.getProperty("guide.file", "../docs/guide.md"));
    private static final Path SAMPLE_JAR = Path.of(System.getProperty("sample.jar", "target/sample-app.jar"));
    private static final Path CLI_JAR = Path.of(System.getProperty("cli.jar", "../psm-migrate-cli/target/psm-migrate.jar"));
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migrations");
    private static final boolean RECORDING = Boolean.getBoolean("guide.record");
    private static final Pattern PROPERTY_ROW = Pattern.compile("^\\| `([a-z][a-z0-9-]*\\.[a-z0-9.<>*-]+)` \\| (.*?) \\| (.*?) \\|$");

    @TempDir
    static Path root;

    private static Guide guide;
    private static Launcher launcher;
    private static ExecutorService executor;
    private static final Map<Integer, SectionRun.Recorded> recorded = Collections.synchronizedMap(new TreeMap<>());

    @BeforeAll
    static void prepare() throws Exception {
        guide = Guide.read(GUIDE.toAbsolutePath().normalize());
        long start = System.nanoTime();
        launcher = Launcher.prepare(Files.createDirectories(root.resolve("launcher")), SAMPLE_JAR.toAbsolutePath(),
                CLI_JAR.toAbsolutePath());
        if (Boolean.getBoolean("guide.timing")) {
            System.out.printf("Launcher prepared in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        int threads = Integer.getInteger("guide.threads", Math.min(4, Runtime.getRuntime().availableProcessors()));
        executor = Executors.newFixedThreadPool(Math.max(1, threads));
    }

    @AfterAll
    static void finish() throws IOException {
        executor.shutdownNow();
        if (RECORDING) {
            List<String> lines = new ArrayList<>(guide.lines());
            List<Map.Entry<Integer, SectionRun.Recorded>> entries = new ArrayList<>(recorded.entrySet());
            Collections.reverse(entries);
            for (Map.Entry<Integer, SectionRun.Recorded> entry : entries) {
                List<String> output = entry.getValue().output().isEmpty() ? List.of()
                        : List.of(entry.getValue().output().split("\n", -1));
                List<String> replaced = lines.subList(entry.getKey(), entry.getKey() + entry.getValue().lines());
                replaced.clear();
                replaced.addAll(output);
            }
            Files.write(Path.of("target/guide-actual.md"), lines, StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySectionPrintsWhatTheGuideShows() throws IOException {
        List<Path> migrations;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            migrations = files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        }
        // The longest sections start first, so that no thread is left alone with one at the end.
        List<Guide.Section> longestFirst = new ArrayList<>(guide.sections());
        longestFirst.sort(Comparator.comparingLong(GuideIT::commands).reversed());
        Map<Guide.Section, Future<SectionRun.Outcome>> runs = new IdentityHashMap<>();
        for (Guide.Section section : longestFirst) {
            Path directory = Files.createDirectories(root.resolve("section-" + section.line()));
            SectionRun run = new SectionRun(section, directory, launcher, migrations, RECORDING);
            runs.put(section, executor.submit(run::run));
        }
        return guide.sections().stream().map(section -> Map.entry(section, runs.get(section))).map(entry -> DynamicTest.dynamicTest(
                entry.getKey().title() + " (line " + entry.getKey().line() + ")", () -> {
                    SectionRun.Outcome outcome = outcome(entry.getValue());
                    recorded.putAll(outcome.outputs());
                    if (Boolean.getBoolean("guide.timing")) {
                        System.out.println(outcome.timing());
                    }
                    assertThat(outcome.failures()).as("what differs from docs/guide.md").isEmpty();
                }));
    }

    private static long commands(Guide.Section section) {
        return section.steps().stream().filter(Guide.Command.class::isInstance).count();
    }

    private static SectionRun.Outcome outcome(Future<SectionRun.Outcome> run) throws Throwable {
        try {
            return run.get();
        } catch (ExecutionException ex) {
            throw ex.getCause();
        }
    }

    @Test
    void propertiesTableListsEveryPropertyWithItsDefaultAndDescription() throws IOException {
        Map<String, List<String>> table = new TreeMap<>();
        for (String line : guide.lines()) {
            Matcher row = PROPERTY_ROW.matcher(line);
            if (row.matches()) {
                String name = row.group(1).replaceFirst("^psm\\.migrate\\.instances\\..*", "psm.migrate.instances");
                // Markdown escapes that keep "<label>" and "*" literal on the rendered page.
                String description = row.group(3).replace("\\<", "<").replace("\\*", "*");
                table.put(name, List.of(row.group(2), description));
            }
        }
        Map<String, List<String>> metadata = new TreeMap<>();
        for (JsonNode property : metadataProperties()) {
            String name = property.path("name").asString();
            if (name.startsWith("psm.migrate.") || name.startsWith("management.endpoint.migrations.")) {
                metadata.put(name, List.of(defaultCell(property.path("defaultValue")),
                        property.path("description").asString()));
            }
        }
        assertThat(metadata).as("psm-migrate's configuration metadata").isNotEmpty();
        assertThat(table).as("the property tables of docs/guide.md: | `name` | `default` | description |")
                .containsExactlyInAnyOrderEntriesOf(metadata);
    }

    private static List<JsonNode> metadataProperties() throws IOException {
        List<JsonNode> properties = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().build();
        for (URL resource : Collections.list(GuideIT.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = resource.openStream()) {
                mapper.readTree(in).path("properties").forEach(properties::add);
            }
        }
        return properties;
    }

    /** A default as the guide's table shows it: in backticks, lists comma-separated; empty for none. */
    private static String defaultCell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return "`" + String.join(",", items) + "`";
        }
        return "`" + value.asString() + "`";
    }
}
