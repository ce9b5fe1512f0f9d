package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.graph.UnknownCurrentRevisionException;
import io.psm.migrate.testing.ScriptDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A database at a revision the build lacks: which build is stale, and what to run. */
class StaleBuildTest {

    @TempDir
    Path scripts;

    @Test
    void aRevisionTheProjectHoldsMeansTheJarIsOlderThanItsScripts() throws Exception {
        Path newer = new ScriptDirectory(this.scripts).write("d7d0f0dbe338", "3f2a9c1b7d4e", "Add isbn", "SELECT 1;", "");

        String advice = StaleBuild.explain(unknown("d7d0f0dbe338"), Optional.of(this.scripts));

        assertThat(advice).startsWith("this jar was built before revision d7d0f0dbe338 (")
                .contains(newer.getFileName().toString()).contains(") was written: rebuild it");
    }

    @Test
    void aScriptIsFoundByTheRevisionItsHeaderNamesWhateverItsFileName() throws Exception {
        Path renamed = this.scripts.resolve("nested/renamed.sql");
        Files.createDirectories(renamed.getParent());
        Files.move(new ScriptDirectory(this.scripts).write("d7d0f0dbe338", "", "Add isbn", "SELECT 1;", ""), renamed);

        assertThat(ProjectDirectory.script(this.scripts, "d7d0f0dbe338")).contains(renamed);
        assertThat(ProjectDirectory.script(this.scripts, "0000deadbeef")).isEmpty();
    }

    @Test
    void aRevisionNoOneHereWroteMeansANewerBuildUpgradedTheDatabase() {
        assertThat(StaleBuild.explain(unknown("d7d0f0dbe338"), Optional.of(this.scripts))).isEqualTo("the database was"
                + " upgraded by a newer build: deploy that build, or run its 'db downgrade 3f2a9c1b7d4e' first");
        assertThat(StaleBuild.explain(unknown("d7d0f0dbe338"), Optional.empty())).contains("a newer build");
    }

    private static UnknownCurrentRevisionException unknown(String revision) {
        return new UnknownCurrentRevisionException(List.of(revision), List.of("3f2a9c1b7d4e"));
    }
}
