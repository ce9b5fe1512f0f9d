package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.boot.diagnostics.ProjectDirectory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.springframework.context.ApplicationContext;

/**
 * Entity classes older than their sources: {@code db migrate} and {@code db check} compare the
 * compiled model, so an entity edited since the last build is compared as it was. Found by the
 * time of each entity's class (in {@code target/classes} or inside the jar) against that of its
 * source file in the project ({@code src/main/java}, {@code src/main/kotlin}).
 */
public final class StaleEntities {

    private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");
    private static final List<String> SOURCE_SUFFIXES = List.of(".java", ".kt");

    private StaleEntities() {
    }

    /** Where the compiled entities come from. */
    public enum Compiled {

        /** A classes directory ({@code target/classes}, {@code build/classes}): compiling is enough. */
        IN_DIRECTORY,

        /** A jar: it must be rebuilt. */
        IN_JAR
    }

    /**
     * The entity sources newer than their classes.
     *
     * @param sources  the sources, relative to the project, sorted
     * @param compiled where the classes come from
     */
    public record Report(List<Path> sources, Compiled compiled) {

        /** Copies the sources. */
        public Report {
            sources = List.copyOf(sources);
        }

        /**
         * The warning's sentence.
         *
         * @param project the project, whose build tool says how to compile or build
         * @return the sentence
         */
        public String warning(ProjectDirectory project) {
            List<String> shown = this.sources.stream().limit(3).map(Path::toString).toList();
            String more = (this.sources.size() > shown.size()) ? " and " + (this.sources.size() - shown.size()) + " more"
                    : "";
            boolean directory = this.compiled == Compiled.IN_DIRECTORY;
            return "The entity model is older than its sources: " + String.join(", ", shown) + more + " changed after "
                    + (directory ? "the classes were compiled" : "this jar was built") + ", and the comparison reads"
                    + " the compiled entities: run " + (directory ? project.compileCommand() : project.buildCommand())
                    + " first";
        }
    }

    /**
     * The entity classes of a metamodel whose source in the project is newer than the class.
     *
     * @param metadata    the metamodel read from the compiled classes
     * @param classLoader the application's class loader
     * @param project     the project's directory
     * @return the newer sources, when there are any
     */
    public static Optional<Report> find(Metadata metadata, ClassLoader classLoader, ProjectDirectory project) {
        List<String> entities = metadata.getEntityBindings().stream().map(PersistentClass::getClassName)
                .filter(name -> name != null).toList();
        List<Path> newer = entities.stream().flatMap(name -> newerSource(name, classLoader, project.root()).stream())
                .distinct().sorted().toList();
        if (newer.isEmpty()) {
            return Optional.empty();
        }
        URL first = classLoader.getResource(entities.get(0).replace('.', '/') + ".class");
        Compiled compiled = (first != null && "file".equals(first.getProtocol())) ? Compiled.IN_DIRECTORY : Compiled.IN_JAR;
        return Optional.of(new Report(newer, compiled));
    }

    /**
     * The warning for an application whose Hibernate metamodel was read (a {@code db} command that
     * compares the model), when its entities are older than their sources in the project.
     *
     * @param context the application, whose {@link HibernateModelCapture} holds the metamodel
     * @param project the project the command runs from
     * @return the warning's sentence, when there is one
     */
    public static Optional<String> warning(ApplicationContext context, ProjectDirectory project) {
        HibernateModelCapture capture = context.getBeanProvider(HibernateModelCapture.class).getIfAvailable();
        if (capture == null || !capture.hasOneModel()) {
            return Optional.empty();
        }
        ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
                : StaleEntities.class.getClassLoader();
        return find(capture.metadata(), classLoader, project).map(report -> report.warning(project));
    }

    private static Optional<Path> newerSource(String className, ClassLoader classLoader, Path project) {
        Optional<FileTime> compiled = classTime(classLoader.getResource(className.replace('.', '/') + ".class"));
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return sources(topLevel).stream().map(project::resolve).filter(Files::isRegularFile)
                .filter(source -> modified(source).map(time -> time.compareTo(compiled.get()) > 0).orElse(false))
                .findFirst().map(project::relativize);
    }

    private static List<Path> sources(String className) {
        String path = className.replace('.', '/');
        return SOURCE_ROOTS.stream().flatMap(root -> SOURCE_SUFFIXES.stream().map(suffix -> Path.of(root, path + suffix)))
                .toList();
    }

    private static Optional<FileTime> classTime(URL url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return modified(Path.of(url.toURI()));
            }
            URLConnection connection = url.openConnection();
            long time = connection.getLastModified();
            return (time > 0) ? Optional.of(FileTime.fromMillis(time)) : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file));
        } catch (IOException ex) {
            return Optional.empty();
        }
    }
}
