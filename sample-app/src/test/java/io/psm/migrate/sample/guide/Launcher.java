package io.psm.migrate.sample.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code java} the guide's commands find on their {@code PATH}: a small script that runs the
 * test's own JDK and maps the guide's jar names to the jars the build made,
 * {@code target/sample-app.jar} and {@code psm-migrate.jar}.
 *
 * <p>The guide starts the application dozens of times, so its start is made cheap once: the jar is
 * extracted with its own {@code -Djarmode=tools extract} (the layout Spring Boot recommends for
 * production) and a class-data-sharing archive is recorded from one {@code db migrate}. That
 * halves each start. With {@code -Dguide.cds=false} the commands run the packaged jar itself.
 */
final class Launcher {

    private static final long SECONDS = 180;

    private final Path bin;

    private Launcher(Path bin) {
        this.bin = bin;
    }

    /**
     * Prepares the launcher in a directory of its own.
     *
     * @param directory where the script, the extracted application and its archive go
     * @param sampleJar the packaged application
     * @param cliJar    the standalone command line
     */
    static Launcher prepare(Path directory, Path sampleJar, Path cliJar) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> appFlags = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        Path app = sampleJar;
        if (Boolean.parseBoolean(System.getProperty("guide.cds", "true"))) {
            Path extracted = directory.resolve("app");
            run(directory, List.of(java.toString(), "-Djarmode=tools", "-jar", sampleJar.toString(), "extract",
                    "--destination", extracted.toString()));
            app = extracted.resolve(sampleJar.getFileName());
            Path archive = directory.resolve("app.jsa");
            train(directory.resolve("training"), java, app, archive);
            if (Files.isRegularFile(archive)) {
                appFlags.addAll(List.of("-Xlog:disable", "-Xshare:auto", "-XX:SharedArchiveFile=" + archive));
            }
        }
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Path script = bin.resolve("java");
        Files.writeString(script, script(java, app, cliJar, appFlags), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new Launcher(bin);
    }

    /** The directory to put first on the commands' {@code PATH}. */
    Path bin() {
        return bin;
    }

    /** Records the classes that {@code db migrate} loads: nearly all that any command or start needs. */
    private static void train(Path directory, Path java, Path app, Path archive) throws IOException, InterruptedException {
        Files.createDirectories(directory.resolve("src/main/resources/db/migrations"));
        // db migrate writes scripts only in a project directory.
        Files.writeString(directory.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-jar", app.toString(),
                "db", "migrate", "-m", "Training").directory(directory.toFile());
        builder.environment().put("DATABASE_URL", "h2:mem:training");
        await(builder, directory);
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        await(new ProcessBuilder(command).directory(directory.toFile()), directory);
    }

    private static void await(ProcessBuilder builder, Path directory) throws IOException, InterruptedException {
        Path log = Files.createTempFile(directory, "launcher", ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", builder.command()) + " did not end within " + SECONDS + "s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed with status "
                    + process.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static String script(Path java, Path app, Path cli, List<String> appFlags) {
        return """
                #!/usr/bin/env bash
                # The guide's java: the test's JDK, the guide's jar names mapped to the jars the build made.
                app=false
                args=()
                for arg in "$@"; do
                    case "$arg" in
                        target/sample-app.jar|*/target/sample-app.jar) args+=(%s); app=true ;;
                        psm-migrate.jar) args+=(%s) ;;
                        *) args+=("$arg") ;;
                    esac
                done
                if $app; then
                    exec %s %s "${args[@]}"
                fi
                exec %s -XX:TieredStopAtLevel=1 "${args[@]}"
                """.formatted(quote(app.toString()), quote(cli.toString()), quote(java.toString()),
                String.join(" ", appFlags.stream().map(Launcher::quote).toList()), quote(java.toString()));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
