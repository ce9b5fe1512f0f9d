package io.psm.migrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/psm-migrate.jar} as a separate process, for the end-to-end tests. */
final class PackagedJar {

    private static final String JAR_PROPERTY = "psm.migrate.jar";

    private PackagedJar() {
    }

    /** Runs the jar with no extra environment variable (and without the caller's DATABASE_URL). */
    static Cli.Result run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the jar with these extra environment variables. */
    static Cli.Result run(Map<String, String> env, String... args) {
        try {
            Path out = Files.createTempFile("psm-migrate-out", ".txt");
            Path err = Files.createTempFile("psm-migrate-err", ".txt");
            List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("DATABASE_URL");
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("psm-migrate.jar did not finish: " + command);
            }
            Cli.Result result = new Cli.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run psm-migrate.jar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while psm-migrate.jar ran", e);
        }
    }

    /**
     * Starts the jar without waiting for it, its output going to files: for runs that overlap or
     * are killed.
     */
    static Running start(Map<String, String> env, String... args) {
        try {
            Path out = Files.createTempFile("psm-migrate-out", ".txt");
            Path err = Files.createTempFile("psm-migrate-err", ".txt");
            List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("DATABASE_URL");
            builder.environment().putAll(env);
            return new Running(builder.start(), out, err);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run psm-migrate.jar", e);
        }
    }

    /** A run of the jar in progress, with the files its output goes to. */
    record Running(Process process, Path out, Path err) {

        /** What it has written to standard error so far. */
        String errSoFar() {
            try {
                return Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits for it to end and reads its output. */
        Cli.Result finish() {
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("psm-migrate.jar did not finish");
                }
                Cli.Result result = new Cli.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        errSoFar());
                Files.delete(out);
                Files.delete(err);
                return result;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while psm-migrate.jar ran", e);
            }
        }
    }

    private static Path jar() {
        String property = System.getProperty(JAR_PROPERTY);
        Path jar = Path.of(property == null ? "target/psm-migrate.jar" : property);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run the end-to-end tests after package (mvn verify)");
        }
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
