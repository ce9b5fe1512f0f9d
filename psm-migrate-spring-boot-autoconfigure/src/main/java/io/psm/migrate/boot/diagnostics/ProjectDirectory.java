package io.psm.migrate.boot.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory a Maven or Gradle project lives in ({@code pom.xml}, {@code build.gradle} or
 * {@code build.gradle.kts}): where {@code db} commands may write scripts, and where a jar run from
 * it can be compared with the sources it was built from.
 *
 * @param root the project's directory
 */
public record ProjectDirectory(Path root) {

    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

    /**
     * The project in a directory, if there is one.
     *
     * @param directory a directory, usually the working directory
     * @return the project, or empty when the directory has no build file
     */
    public static Optional<ProjectDirectory> at(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        return BUILD_FILES.stream().anyMatch(file -> Files.isRegularFile(root.resolve(file)))
                ? Optional.of(new ProjectDirectory(root)) : Optional.empty();
    }

    /** The project in the working directory, if the application runs from one. */
    public static Optional<ProjectDirectory> current() {
        return at(Path.of(""));
    }

    /** The command that rebuilds the application's jar: the project's wrapper when it has one. */
    public String buildCommand() {
        if (Files.isRegularFile(this.root.resolve("pom.xml"))) {
            return Files.isRegularFile(this.root.resolve("mvnw")) ? "./mvnw package" : "mvn package";
        }
        return Files.isRegularFile(this.root.resolve("gradlew")) ? "./gradlew build" : "gradle build";
    }

    /** The command that compiles the application's classes. */
    public String compileCommand() {
        if (Files.isRegularFile(this.root.resolve("pom.xml"))) {
            return Files.isRegularFile(this.root.resolve("mvnw")) ? "./mvnw compile" : "mvn compile";
        }
        return Files.isRegularFile(this.root.resolve("gradlew")) ? "./gradlew classes" : "gradle classes";
    }

    /**
     * The script of a revision in a migration directory: a {@code .sql} file whose header names it
     * ({@code -- Revision ID: X}), found by its usual name {@code X_slug.sql} first.
     *
     * @param directory the migration directory
     * @param revision  the revision id
     * @return the file, or empty when the directory does not hold it
     */
    public static Optional<Path> script(Path directory, String revision) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> scripts = files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
            return scripts.stream().filter(file -> file.getFileName().toString().startsWith(revision + "_"))
                    .filter(file -> names(file, revision)).findFirst()
                    .or(() -> scripts.stream().filter(file -> names(file, revision)).findFirst());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether the header of a script says it is this revision. */
    private static boolean names(Path script, String revision) {
        try (Stream<String> lines = Files.lines(script)) {
            return lines.takeWhile(line -> line.isBlank() || line.startsWith("--"))
                    .map(line -> line.substring(Math.min(2, line.length())).strip())
                    .anyMatch(line -> line.equals("Revision ID: " + revision));
        } catch (IOException | UncheckedIOException ex) {
            return false;
        }
    }
}
