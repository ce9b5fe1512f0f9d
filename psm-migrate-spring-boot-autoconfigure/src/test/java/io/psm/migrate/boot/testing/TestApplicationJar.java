package io.psm.migrate.boot.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * Packages a test application as a Spring Boot executable jar, the way {@code spring-boot:repackage}
 * does, with the test classpath (this module, core, the CLI, Spring Boot, the JDBC drivers, Tomcat,
 * Actuator, and Hibernate for an application with entities) as its libraries, less the test tools.
 */
public final class TestApplicationJar {

    /** The applications the tests package. */
    public enum Application {

        /** {@code io.psm.migrate.boot.testapp}: JDBC only, with the scripts of {@code db/migrations}. */
        BOOKS("io.psm.migrate.boot.testapp.TestApplication", List.of("io/psm/migrate/boot/testapp/", "db/migrations/"),
                false),

        /**
         * {@code io.psm.migrate.boot.command.blog}: JPA entities mapped by Hibernate, a Spring Data
         * repository, a service and a controller; no scripts inside.
         */
        BLOG("io.psm.migrate.boot.command.blog.BlogApplication", List.of("io/psm/migrate/boot/command/blog/"), true);

        private final String mainClass;
        private final List<String> entries;
        private final boolean jpa;

        Application(String mainClass, List<String> entries, boolean jpa) {
            this.mainClass = mainClass;
            this.entries = entries;
            this.jpa = jpa;
        }

        boolean excludes(String fileName) {
            return TEST_TOOLS.stream().anyMatch(fileName::contains)
                    || (!this.jpa && JPA.stream().anyMatch(fileName::contains));
        }
    }

    private static final List<String> JPA = List.of("hibernate-", "byte-buddy", "spring-boot-jpa", "spring-boot-hibernate",
            "jakarta.persistence", "spring-data-", "spring-boot-data-");
    private static final List<String> TEST_TOOLS = List.of("junit-", "mockito-", "assertj-", "spring-boot-data-jpa-test",
            "flyway-", "spring-boot-flyway", "testcontainers", "docker-java", "jna-",
            "spring-boot-test", "spring-test", "spring-boot-loader-tools", "spring-boot-jdbc-test", "awaitility", "hamcrest",
            "jsonassert", "xmlunit", "opentest4j", "apiguardian", "objenesis", "surefire", "failsafe", "-tests.jar");

    private TestApplicationJar() {
    }

    /**
     * Builds the jar of {@link Application#BOOKS}.
     *
     * @param directory where to build it
     * @return the executable jar
     */
    public static Path build(Path directory) throws IOException {
        return build(directory, Application.BOOKS);
    }

    /**
     * Builds the jar of an application.
     *
     * @param directory   where to build it
     * @param application which application
     * @return the executable jar
     */
    public static Path build(Path directory, Application application) throws IOException {
        Path testClasses = testClasses();
        Path source = directory.resolve("psm-test-app.jar");
        writeJar(source, testClasses, application.entries, mainClassManifest(application.mainClass));
        List<File> libraries = libraries(directory, testClasses, application);
        Path executable = directory.resolve("psm-test-app-exec.jar");
        Repackager repackager = new Repackager(source.toFile());
        repackager.setMainClass(application.mainClass);
        repackager.setIncludeRelevantJarModeJars(false);
        repackager.repackage(executable.toFile(), callback -> {
            for (File library : libraries) {
                callback.library(new Library(library, LibraryScope.COMPILE));
            }
        });
        return executable;
    }

    private static List<File> libraries(Path directory, Path testClasses, Application application) throws IOException {
        List<File> libraries = new ArrayList<>();
        for (String entry : classpath()) {
            Path path = Path.of(entry).toAbsolutePath();
            if (path.equals(testClasses) || !Files.exists(path) || application.excludes(path.getFileName().toString())) {
                continue;
            }
            if (Files.isDirectory(path)) {
                Path jar = directory.resolve(moduleName(path) + ".jar");
                writeJar(jar, path, List.of(""), new Manifest());
                libraries.add(jar.toFile());
            } else {
                libraries.add(path.toFile());
            }
        }
        return libraries;
    }

    private static List<String> classpath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(classpath.split(File.pathSeparator));
    }

    /** {@code .../psm-migrate-core/target/classes} is {@code psm-migrate-core}. */
    private static String moduleName(Path classesDirectory) {
        return classesDirectory.getParent().getParent().getFileName().toString();
    }

    private static Path testClasses() {
        try {
            return Path.of(TestApplicationJar.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Manifest mainClassManifest(String mainClass) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        return manifest;
    }

    private static void writeJar(Path jar, Path root, List<String> prefixes, Manifest manifest) throws IOException {
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(root)) {
            for (Path each : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = root.relativize(each).toString().replace(File.separatorChar, '/');
                if (prefixes.stream().anyMatch(name::startsWith) && !name.equals("META-INF/MANIFEST.MF")) {
                    add(out, name, each);
                }
            }
        }
    }

    private static void add(JarOutputStream out, String name, Path file) {
        try {
            out.putNextEntry(new JarEntry(name));
            Files.copy(file, out);
            out.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
