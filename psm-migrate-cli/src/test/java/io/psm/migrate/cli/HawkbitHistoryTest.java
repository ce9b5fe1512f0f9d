package io.psm.migrate.cli;

import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Eclipse hawkbit's real migration history, applied through the command line on H2 and PostgreSQL. */
class HawkbitHistoryTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void upgradeAppliesEveryHawkbitRevisionAndCurrentShowsTheLast(TestDatabase.Kind kind) {
        List<HawkbitCorpus.FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        HawkbitCorpus.chain(kind, directory);
        String last = scripts.get(scripts.size() - 1).revisionId();
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Cli.Result upgrade = workspace.run("upgrade");

            assertThat(upgrade.status()).isZero();
            assertThat(upgrade.errLines()).filteredOn(line -> line.contains("Running upgrade")).hasSize(scripts.size());
            assertThat(workspace.run("current").outLines()).containsExactly(last + " (head)");
            assertThat(workspace.tables()).contains("sp_target", "sp_distribution_set");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void historyListsEveryHawkbitRevisionNewestFirst(TestDatabase.Kind kind) {
        List<HawkbitCorpus.FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        HawkbitCorpus.chain(kind, directory);
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Cli.Result result = workspace.run("history");

            assertThat(result.outLines()).hasSize(scripts.size());
            assertThat(result.outLines().get(result.outLines().size() - 1))
                    .isEqualTo("<base> -> " + scripts.get(0).revisionId() + ", " + scripts.get(0).message());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void downgradePastARevisionWithoutDowngradeSectionSaysWhich(TestDatabase.Kind kind) {
        List<HawkbitCorpus.FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        HawkbitCorpus.chain(kind, directory);
        String last = scripts.get(scripts.size() - 1).revisionId();
        try (Workspace workspace = Workspace.create(kind, directory)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("downgrade");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).filteredOn(line -> line.startsWith("ERROR: ")).singleElement().asString()
                    .contains(last);
            assertThat(workspace.run("current").outLines()).containsExactly(last + " (head)");
        }
    }
}
