package io.psm.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** When the compiled model is older than its sources. */
class StaleModelTest {

    private static final Instant COMPILED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path project;

    @Test
    void anEntityEditedAfterCompilationMakesTheModelStale() throws Exception {
        Path sources = this.project.resolve("src/main/java");
        Path entity = file(sources.resolve("com/example/Book.java"), COMPILED.plusSeconds(60));
        file(sources.resolve("com/example/App.java"), COMPILED.minusSeconds(60));
        Path classes = this.project.resolve("target/classes");
        file(classes.resolve("com/example/Book.class"), COMPILED);

        assertThat(StaleModel.newerSource(List.of(sources), classes)).contains(entity);
    }

    @Test
    void classesCompiledAfterTheLastEditAreCurrent() throws Exception {
        Path sources = this.project.resolve("src/main/java");
        file(sources.resolve("com/example/Book.java"), COMPILED.minusSeconds(60));
        Path classes = this.project.resolve("target/classes");
        file(classes.resolve("com/example/Book.class"), COMPILED);
        file(classes.resolve("db/migrations/a1_create.sql"), COMPILED.minusSeconds(3600));

        assertThat(StaleModel.newerSource(List.of(sources, this.project.resolve("absent")), classes)).isEmpty();
    }

    @Test
    void sourcesWithoutAnyCompiledClassAreStale() throws Exception {
        Path sources = this.project.resolve("src/main/java");
        Path entity = file(sources.resolve("com/example/Book.java"), COMPILED);

        assertThat(StaleModel.newerSource(List.of(sources), this.project.resolve("target/classes"))).contains(entity);
    }

    private static Path file(Path path, Instant modified) throws Exception {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
