package io.psm.migrate.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real {@code mvn} (the Maven that runs this build) in a test project, to its end: its
 * exit status and what it printed on standard output and standard error, kept apart.
 *
 * @param status  the exit status
 * @param out     standard output: Maven's log, and the commands' results
 * @param err     standard error: the commands' progress lines and errors
 * @param seconds how long it took
 */
record MavenRun(int status, String out, String err, long seconds) {

    private static final long TIMEOUT_SECONDS = 300;

    /**
     * Runs {@code mvn -B -ntp ARGS} in a directory.
     *
     * @param directory   the project
     * @param repository  the local repository
     * @param offline     whether to run offline ({@code -o})
     * @param environment variables added to a clean copy of the test's environment
     * @param args        goals, phases and options
     * @return how it ended
     */
    static MavenRun run(Path directory, LocalRepository repository, boolean offline, Map<String, String> environment,
            List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-ntp", "-nsu"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(repository.options());
        command.addAll(args);
        Path out = Files.createTempFile(directory.getParent(), "mvn-out", ".txt");
        Path err = Files.createTempFile(directory.getParent(), "mvn-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.equals("DATABASE_URL") || name.startsWith("SPRING_")
                || name.startsWith("PSM_") || name.startsWith("MAVEN_") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("mvn " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS
                    + "s; it printed:\n" + Files.readString(out, StandardCharsets.UTF_8));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        return new MavenRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), seconds);
    }

    /** Both streams, for assertion messages. */
    String output() {
        return "--- stdout ---\n" + this.out + "\n--- stderr ---\n" + this.err;
    }

    /** The lines of standard output that are not Maven's own log lines: the commands' results. */
    List<String> results() {
        return this.out.lines().filter(line -> !line.startsWith("[")).toList();
    }
}
