package io.psm.migrate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A Maven local repository for the test builds, under {@code target/it-repository}: this build's
 * artifacts (the parent POM, core, the command line, the auto-configuration, the starter and the
 * plugin) are installed there, and the developer's own repository serves every other artifact,
 * read-only, as its tail ({@code maven.repo.local.tail}). Nothing is installed in the developer's
 * repository, so parallel builds of other checkouts never see these snapshots.
 *
 * @param directory the repository
 * @param tail      the developer's repository
 */
record LocalRepository(Path directory, Path tail) {

    private static final String GROUP = "io/psm/migrate";
    private static final List<String> MODULES = List.of("psm-migrate-core", "psm-migrate-cli",
            "psm-migrate-spring-boot-autoconfigure", "psm-migrate-spring-boot-starter");

    /**
     * Installs this build's artifacts, from the jars the reactor built (on the test classpath) and
     * the plugin's own jar.
     *
     * @return the repository
     */
    static LocalRepository install() throws IOException {
        Path pluginJar = Path.of(required("plugin.jar"));
        Path pluginPom = Path.of(required("plugin.pom"));
        if (!Files.isRegularFile(pluginJar)) {
            throw new IllegalStateException(pluginJar + " is missing: the tests run after 'package'");
        }
        String version = required("plugin.version");
        Path directory = pluginJar.getParent().resolve("it-repository");
        LocalRepository repository = new LocalRepository(directory, Path.of(required("maven.repo.local")));
        Path root = pluginPom.getParent().getParent();
        repository.put("psm-migrate-parent", version, root.resolve("pom.xml"), null);
        repository.put("psm-migrate-maven-plugin", version, pluginPom, pluginJar);
        for (String module : MODULES) {
            repository.put(module, version, root.resolve(module).resolve("pom.xml"), builtJar(module, version));
        }
        return repository;
    }

    /** The options that make a build use this repository. */
    List<String> options() {
        return List.of("-Dmaven.repo.local=" + this.directory, "-Dmaven.repo.local.tail=" + this.tail);
    }

    private void put(String artifactId, String version, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(this.directory.resolve(GROUP).resolve(artifactId).resolve(version));
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The module's jar as the reactor resolved it for this module's tests. */
    private static Path builtJar(String module, String version) {
        List<String> seen = new ArrayList<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().equals(module + "-" + version + ".jar")) {
                return path;
            }
            if (entry.contains(module)) {
                seen.add(entry);
            }
        }
        throw new IllegalStateException("No " + module + "-" + version + ".jar on the test classpath (found "
                + seen + "): run the tests with the modules they need, as in"
                + " 'mvn -pl psm-migrate-maven-plugin -am verify'");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with Maven");
        }
        return value;
    }
}
