package io.psm.migrate.autogenerate;

import io.psm.migrate.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds hawkbit's real schema from its Flyway history in the test corpus. The statements are split
 * by a deliberately small splitter (semicolons at line ends, outside {@code $$} blocks), which is
 * enough for these files; the script package owns the real one.
 */
final class HawkbitCorpus {

    private HawkbitCorpus() {
    }

    /** Applies every migration of the database's kind, oldest first. */
    static void apply(TestDatabase database) {
        String folder = database.kind() == TestDatabase.Kind.H2 ? "h2" : "postgresql";
        for (Path script : scripts(folder)) {
            AutogenerateFixture.execute(database, statements(read(script)));
        }
    }

    private static List<Path> scripts(String folder) {
        try (Stream<Path> files = Files.list(Path.of(HawkbitCorpus.class.getResource("/corpus/hawkbit/" + folder).toURI()))) {
            return files.filter(file -> file.getFileName().toString().startsWith("V"))
                    .sorted(Comparator.comparing(HawkbitCorpus::version, HawkbitCorpus::compareVersions)).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] version(Path script) {
        String name = script.getFileName().toString();
        return Arrays.stream(name.substring(1, name.indexOf("__")).split("_")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareVersions(int[] left, int[] right) {
        return Arrays.compare(left, right);
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean dollarQuoted = false;
        for (String line : script.split("\\R")) {
            if (line.trim().startsWith("--")) {
                continue;
            }
            dollarQuoted ^= (line.split("\\$\\$", -1).length - 1) % 2 == 1;
            current.append(line).append('\n');
            if (!dollarQuoted && line.trim().endsWith(";")) {
                String statement = current.toString().trim();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }

    private static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
