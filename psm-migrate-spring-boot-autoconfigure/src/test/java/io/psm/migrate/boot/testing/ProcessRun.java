package io.psm.migrate.boot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An executable jar run as a separate process, to completion: its exit status and what it printed
 * on standard output and standard error, kept apart.
 *
 * @param status the exit status
 * @param out    what it printed on standard output
 * @param err    what it printed on standard error
 */
public record ProcessRun(int status, String out, String err) {

    private static final long TIMEOUT_SECONDS = 120;

    /**
     * Runs {@code java -jar jar args...} with extra environment variables.
     *
     * @param jar         the executable jar
     * @param environment variables added to the test's own environment
     * @param args        the arguments
     * @return how it ended
     */
    public static ProcessRun javaJar(Path jar, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return javaJarIn(jar.getParent(), jar, environment, args);
    }

    /**
     * Runs {@code java -jar jar args...} in a working directory of its own, with extra environment variables.
     *
     * @param directory   the working directory
     * @param jar         the executable jar
     * @param environment variables added to the test's own environment
     * @param args        the arguments
     * @return how it ended
     */
    public static ProcessRun javaJarIn(Path directory, Path jar, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(jar.getParent(), "out", ".txt");
        Path err = Files.createTempFile(jar.getParent(), "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("java -jar " + String.join(" ", args) + " did not end within "
                    + TIMEOUT_SECONDS + "s; it printed: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The lines of standard output. */
    public List<String> outLines() {
        return this.out.lines().toList();
    }

    /** The lines of standard error. */
    public List<String> errLines() {
        return this.err.lines().toList();
    }
}
