package io.psm.migrate.boot.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource directories of the project an application runs from, as a build tool names them: the
 * contract between the {@code db} commands and psm-migrate's Maven plugin.
 *
 * <p>The plugin runs {@code db} commands on the project's compiled classes ({@code target/classes}),
 * where the migration scripts are copies that {@code process-resources} made: a script just written
 * is not there yet, and one deleted from the sources still is. So the plugin passes the project's
 * resource directories ({@code src/main/resources} and any other) in the system property
 * {@value #PROPERTY}, separated by the platform's path separator, and in {@code db} command mode
 * every {@code classpath:} location that exists in one of those directories is read from there
 * instead. New scripts go to the first location's source directory, unless
 * {@code psm.migrate.script-directory} names another.
 *
 * <p>One exception keeps Java migrations working: a location whose compiled copy holds classes
 * (Java migrations are compiled, not copied) is still read from the classpath, with a warning that
 * new or deleted SQL scripts there need {@code process-resources}. Immutable.
 */
final class ProjectResources {

    /** The system property the build tool sets: absolute directories, separated by {@link File#pathSeparator}. */
    static final String PROPERTY = "psm.migrate.project.resource-directories";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectResources.class);
    private static final String CLASSPATH = "classpath:";

    private final List<Path> directories;
    private final ClassLoader classLoader;

    ProjectResources(List<Path> directories, ClassLoader classLoader) {
        this.directories = List.copyOf(directories);
        this.classLoader = classLoader;
    }

    /**
     * The project's resource directories, when a build tool named them.
     *
     * @param value       the value of {@value #PROPERTY}, or {@code null}
     * @param classLoader the application's class loader, which holds the compiled copies
     * @return the directories, or empty when the application does not run from a build tool
     */
    static Optional<ProjectResources> of(String value, ClassLoader classLoader) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<Path> directories = Stream.of(value.split(File.pathSeparator)).map(String::strip)
                .filter(each -> !each.isEmpty()).map(each -> Path.of(each).toAbsolutePath()).toList();
        return Optional.of(new ProjectResources(directories, classLoader));
    }

    /** The directories named by the system property, if it is set. */
    static Optional<ProjectResources> fromSystemProperty() {
        return of(System.getProperty(PROPERTY), ProjectResources.class.getClassLoader());
    }

    /**
     * The locations to read: each {@code classpath:} location that exists in a resource directory
     * becomes that directory, the others stay as they are.
     *
     * @param locations the instance's locations, placeholders resolved
     * @return the locations, in the same order
     */
    List<String> locations(List<String> locations) {
        List<String> result = new ArrayList<>(locations.size());
        for (String location : locations) {
            result.add(sourceDirectory(location).filter(directory -> !holdsCompiledClasses(location))
                    .map(directory -> "filesystem:" + directory).orElse(location));
        }
        return List.copyOf(result);
    }

    /**
     * Where new scripts go: the source directory of a {@code classpath:} location, in the first
     * resource directory that has it, or in the first resource directory when none has it yet
     * ({@code db init}).
     *
     * @param location the first location
     * @return the directory, or empty for a location that is not on the classpath
     */
    Optional<Path> scriptDirectory(String location) {
        if (!location.startsWith(CLASSPATH) || this.directories.isEmpty()) {
            return Optional.empty();
        }
        return sourceDirectory(location).or(() -> Optional.of(this.directories.get(0).resolve(path(location))));
    }

    private Optional<Path> sourceDirectory(String location) {
        if (!location.startsWith(CLASSPATH)) {
            return Optional.empty();
        }
        String path = path(location);
        return this.directories.stream().map(directory -> directory.resolve(path)).filter(Files::isDirectory).findFirst();
    }

    /** Whether a compiled copy of the location (a folder on the classpath) holds classes: Java migrations. */
    private boolean holdsCompiledClasses(String location) {
        try {
            for (URL url : Collections.list(this.classLoader.getResources(path(location)))) {
                if ("file".equals(url.getProtocol()) && containsClasses(Path.of(url.toURI()))) {
                    LOG.warn("{} holds Java migrations, so the db commands read it from the compiled classes;"
                            + " run process-resources after adding or deleting a SQL script there", location);
                    return true;
                }
            }
            return false;
        } catch (IOException | URISyntaxException ex) {
            return false;
        }
    }

    private static boolean containsClasses(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".class")
                    && !file.getFileName().toString().equals("package-info.class"));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String path(String location) {
        return location.substring(CLASSPATH.length()).replaceFirst("^/+", "").replaceFirst("/+$", "");
    }
}
