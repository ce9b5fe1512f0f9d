package io.psm.migrate.boot.command;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How the project's resource directories, as the Maven plugin names them, replace the compiled copies of the scripts. */
class ProjectResourcesTest {

    @TempDir
    Path project;

    @Test
    void readsAClasspathLocationFromTheResourceDirectoryThatHasIt() throws Exception {
        Path resources = Files.createDirectories(this.project.resolve("src/main/resources"));
        Path extra = Files.createDirectories(this.project.resolve("src/main/migrations/db/audit"));
        Files.createDirectories(resources.resolve("db/migrations"));

        ProjectResources project = of(resources, this.project.resolve("src/main/migrations"));

        assertThat(project.locations(List.of("classpath:db/migrations", "classpath:/db/audit/", "classpath:db/absent",
                "filesystem:/elsewhere"))).containsExactly("filesystem:" + resources.resolve("db/migrations"),
                "filesystem:" + extra, "classpath:db/absent", "filesystem:/elsewhere");
    }

    @Test
    void writesNewScriptsToTheSourceDirectoryOfTheFirstLocation() throws Exception {
        Path main = Files.createDirectories(this.project.resolve("src/main/resources"));
        Path other = Files.createDirectories(this.project.resolve("src/main/other/db/migrations"));

        ProjectResources project = of(main, this.project.resolve("src/main/other"));

        assertThat(project.scriptDirectory("classpath:db/migrations")).contains(other);
        assertThat(project.scriptDirectory("classpath:db/new")).contains(main.resolve("db/new"));
        assertThat(project.scriptDirectory("filesystem:/elsewhere")).isEmpty();
    }

    @Test
    void keepsReadingTheClasspathWhereTheCompiledCopyHoldsJavaMigrations() throws Exception {
        Path resources = Files.createDirectories(this.project.resolve("src/main/resources/db/migrations")).getParent()
                .getParent();
        Path classes = Files.createDirectories(this.project.resolve("target/classes/db/migrations"));
        Files.writeString(classes.resolve("a1_create.sql"), "-- a copy");
        Files.write(classes.resolve("SplitNames.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.getParent().getParent().toUri().toURL()}, null)) {
            ProjectResources project = new ProjectResources(List.of(resources), loader);

            assertThat(project.locations(List.of("classpath:db/migrations"))).containsExactly("classpath:db/migrations");
        }
    }

    @Test
    void readsTheSourcesWhenTheCompiledCopyHoldsOnlyScripts() throws Exception {
        Path resources = Files.createDirectories(this.project.resolve("src/main/resources/db/migrations")).getParent()
                .getParent();
        Path classes = Files.createDirectories(this.project.resolve("target/classes/db/migrations"));
        Files.writeString(classes.resolve("a1_deleted_from_the_sources.sql"), "-- a stale copy");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.getParent().getParent().toUri().toURL()}, null)) {
            ProjectResources project = new ProjectResources(List.of(resources), loader);

            assertThat(project.locations(List.of("classpath:db/migrations")))
                    .containsExactly("filesystem:" + resources.resolve("db/migrations"));
        }
    }

    @Test
    void isAbsentWithoutTheSystemProperty() {
        assertThat(ProjectResources.of(null, getClass().getClassLoader())).isEmpty();
        assertThat(ProjectResources.of(" ", getClass().getClassLoader())).isEmpty();
    }

    private ProjectResources of(Path... directories) {
        String value = String.join(File.pathSeparator, List.of(directories).stream().map(Path::toString).toList());
        return ProjectResources.of(value, getClass().getClassLoader()).orElseThrow();
    }
}
