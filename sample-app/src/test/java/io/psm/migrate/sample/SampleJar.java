package io.psm.migrate.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code target/sample-app.jar}, the jar a user runs, started as a separate process with
 * {@code java -jar} in a working directory of the test's own and without the test's
 * {@code DATABASE_URL}. Failsafe names the jar in the {@code sample.jar} system property.
 */
final class SampleJar {

    private static final long COMMAND_SECONDS = 120;
    private static final long START_SECONDS = 120;
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Path jar;
    private final Path directory;

    /**
     * @param directory the working directory ({@code ./data/sample} of the default database is under it)
     */
    SampleJar(Path directory) {
        this.jar = Path.of(System.getProperty("sample.jar", "target/sample-app.jar")).toAbsolutePath();
        this.directory = directory;
    }

    /**
     * Runs {@code java -jar sample-app.jar args...} to completion.
     *
     * @param environment variables added to the test's environment, such as {@code DATABASE_URL}
     * @param args        the arguments, such as {@code db current}
     * @return its exit status and output
     */
    Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(this.directory, "out", ".txt");
        Path err = Files.createTempFile(this.directory, "err", ".txt");
        Process process = builder(environment, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("java -jar sample-app.jar " + String.join(" ", args) + " did not end within "
                    + COMMAND_SECONDS + "s; it printed: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Starts the web application on a free port and waits until Tomcat says which.
     *
     * @param environment variables added to the test's environment
     * @return the running application; close it to stop it
     */
    Server start(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile(this.directory, "app", ".log");
        Process process = builder(environment, "--server.port=0").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Server server = new Server(process, log);
        try {
            server.awaitPort();
            return server;
        } catch (RuntimeException | InterruptedException ex) {
            server.close();
            throw ex;
        }
    }

    private ProcessBuilder builder(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", this.jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        return builder;
    }

    /**
     * A finished run.
     *
     * @param status its exit status
     * @param out    its standard output (a command's results)
     * @param err    its standard error (progress and logs)
     */
    record Run(int status, String out, String err) {

        /** The lines of standard output. */
        List<String> outLines() {
            return this.out.lines().toList();
        }
    }

    /** The application running as a web server, stopped (as by Ctrl-C) on {@link #close()}. */
    static final class Server implements AutoCloseable {

        private final Process process;
        private final Path log;
        private int port;

        private Server(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        private void awaitPort() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (System.nanoTime() < deadline) {
                Matcher started = PORT.matcher(log());
                if (started.find()) {
                    this.port = Integer.parseInt(started.group(1));
                    return;
                }
                if (!this.process.isAlive()) {
                    throw new IllegalStateException("The application exited with status " + this.process.exitValue()
                            + " before it served; it printed:\n" + log());
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("The application did not start within " + START_SECONDS + "s; it printed:\n"
                    + log());
        }

        /** The port it serves on. */
        int port() {
            return this.port;
        }

        /** What it has printed so far. */
        String log() throws IOException {
            return Files.readString(this.log, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            this.process.destroy();
            if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor();
            }
        }
    }
}
