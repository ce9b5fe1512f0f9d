package io.psm.migrate.sample.guide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of the guide run step by step, each command's output compared with the guide's.
 * A section stops at its first failure, since later commands build on what earlier ones did;
 * when recording, it goes on so that every output is recorded.
 */
final class SectionRun {

    private static final Pattern EXIT_STATUS = Pattern.compile("#\\s*exit status (\\d+)\\s*$");
    private static final Pattern GENERATING = Pattern.compile("(?<=\\s)(revision|migrate|merge)(?=\\s|$)");

    private final Guide.Section section;
    private final Path root;
    private final Launcher launcher;
    private final List<Path> migrations;
    private final boolean recording;

    /**
     * @param section    the section
     * @param root       an empty directory for its scratch projects
     * @param launcher   the guide's {@code java}
     * @param migrations the sample's migration scripts
     * @param recording  whether to go on after a failure, recording every output
     */
    SectionRun(Guide.Section section, Path root, Launcher launcher, List<Path> migrations, boolean recording) {
        this.section = section;
        this.root = root;
        this.launcher = launcher;
        this.migrations = migrations;
        this.recording = recording;
    }

    /**
     * What a run found.
     *
     * @param failures what did not go as the guide says, one message each
     * @param outputs  each command's actual output in the guide's terms, by the index of the
     *                 command's first output line in the guide, with the number of lines it replaces
     */
    record Outcome(List<String> failures, Map<Integer, Recorded> outputs, String timing) {
    }

    /** A command's actual output, to replace {@code lines} lines of the guide. */
    record Recorded(int lines, String output) {
    }

    Outcome run() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<Integer, Recorded> outputs = new LinkedHashMap<>();
        Workspace workspace = null;
        Bindings bindings = new Bindings();
        int projects = 0;
        long start = System.nanoTime();
        StringBuilder timing = new StringBuilder();
        try {
            for (Guide.Step step : section.steps()) {
                if (step instanceof Guide.Setup setup) {
                    if (workspace != null) {
                        workspace.close();
                    }
                    bindings = new Bindings();
                    workspace = workspace(setup, ++projects, bindings);
                    continue;
                }
                if (workspace == null) {
                    workspace = workspace(Guide.Setup.DEFAULT.at(section.line()), ++projects, bindings);
                }
                long stepStart = System.nanoTime();
                Optional<String> failure = perform(step, workspace, bindings, outputs);
                if (step instanceof Guide.Command command) {
                    timing.append(String.format("%n  %5.1f s  line %d", (System.nanoTime() - stepStart) / 1e9, command.line()));
                }
                if (failure.isPresent()) {
                    failures.add(failure.get());
                    if (!recording) {
                        break;
                    }
                }
            }
        } finally {
            if (workspace != null) {
                workspace.close();
            }
        }
        return new Outcome(failures, outputs, String.format("%s: %.1f s%s", section.title(),
                (System.nanoTime() - start) / 1e9, timing));
    }

    private Workspace workspace(Guide.Setup setup, int number, Bindings bindings) throws Exception {
        Path directory = Files.createDirectories(root.resolve("project-" + number));
        return new Workspace(directory, setup, migrations, launcher, bindings);
    }

    private Optional<String> perform(Guide.Step step, Workspace workspace, Bindings bindings,
                                     Map<Integer, Recorded> outputs) throws Exception {
        if (step instanceof Guide.Command command) {
            return command(command, workspace, bindings, outputs);
        }
        if (step instanceof Guide.WriteFile file) {
            workspace.write(bindings.command(file.path()), bindings.command(file.content()));
        } else if (step instanceof Guide.RunSql sql) {
            workspace.sql(sql.sql());
        }
        return Optional.empty();
    }

    private Optional<String> command(Guide.Command command, Workspace workspace, Bindings bindings,
                                     Map<Integer, Recorded> outputs) throws Exception {
        Workspace.Result result = workspace.run(bindings.command(command.text()));
        String expected = normalize(command.expected());
        boolean generating = GENERATING.matcher(command.text()).find();
        Optional<String> mismatch = bindings.match(expected, result.output(), generating)
                .map(why -> why + firstDifference(bindings.substituted(expected), result.output()));
        int status = expectedStatus(command);
        List<String> problems = new ArrayList<>();
        mismatch.ifPresent(problems::add);
        if (result.status() != status) {
            problems.add("exit status " + result.status() + ", the guide says " + status);
        }
        if (workspace.leaksPassword(result.output())) {
            problems.add("the output shows the database password");
        }
        if (mismatch.isPresent()) {
            bindings.bindInOrder(expected, result.output());
        }
        outputs.put(command.outputStart(), new Recorded(command.expected().size(), bindings.asGuide(result.output())));
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("docs/guide.md line " + command.line() + " (" + section.title() + "):\n$ " + command.text()
                + "\n" + String.join("; ", problems) + "\n--- the guide says:\n" + expected + "\n--- it printed:\n"
                + result.output() + "\n--- (bound: " + bindings.bound() + ")");
    }

    /** Where two outputs first differ, line by line, ignoring values that only have to be of their kind. */
    private static String firstDifference(String expected, String actual) {
        List<String> want = List.of(expected.split("\n", -1));
        List<String> got = List.of(actual.split("\n", -1));
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "(nothing)";
            String b = i < got.size() ? got.get(i) : "(nothing)";
            if (!a.equals(b)) {
                return " (first at output line " + (i + 1) + ": the guide says '" + a + "', it printed '" + b + "')";
            }
        }
        return "";
    }

    /**
     * The status a command must end with: {@code # exit status N} at its end says; otherwise 1 when
     * the guide shows an {@code ERROR:} line, else 0.
     */
    static int expectedStatus(Guide.Command command) {
        Matcher declared = EXIT_STATUS.matcher(command.text());
        if (declared.find()) {
            return Integer.parseInt(declared.group(1));
        }
        return command.expected().stream().anyMatch(line -> line.startsWith("ERROR: ")) ? 1 : 0;
    }

    private static String normalize(List<String> lines) {
        return String.join("\n", lines.stream().map(String::stripTrailing).toList()).stripTrailing();
    }
}
