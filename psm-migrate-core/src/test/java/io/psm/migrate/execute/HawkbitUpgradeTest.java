package io.psm.migrate.execute;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptLoader;
import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import io.psm.migrate.version.HistoryEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Real revision files, loaded by the script loader and run by the executor, end to end. */
class HawkbitUpgradeTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void wholeHawkbitHistoryUpgradesAFreshDatabaseToItsLastRevision(TestDatabase.Kind kind) {
        List<MigrationScript> chain = load(HawkbitCorpus.chain(kind, directory));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);

            List<AppliedStep> applied = executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(applied).hasSize(chain.size());
            DatabaseState state = executor.readState();
            assertThat(state.heads()).containsExactly(chain.get(chain.size() - 1).id());
            assertThat(state.history()).hasSize(chain.size()).allMatch(HistoryEntry::success);
            assertThat(executor.migrate(chain, Scripts.upgradeToHead(chain))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionsWithDowngradeSectionsGoUpAndBackDownToAnEmptyVersionTable(TestDatabase.Kind kind) {
        List<MigrationScript> chain = load(HawkbitCorpus.synthetic(directory, 5));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);
            executor.migrate(chain, Scripts.upgradeToHead(chain));

            List<AppliedStep> reverted = executor.migrate(chain, Scripts.downgradeToBase(chain));

            assertThat(reverted).hasSize(5);
            assertThat(executor.readState().heads()).isEmpty();
            assertThat(executor.readState().history()).hasSize(10).allMatch(HistoryEntry::success);
        }
    }

    private static MigrationExecutor executor(TestDatabase database) {
        return new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), MigrationListener.NONE);
    }

    /** The files' scripts, loaded as an application loads them, in the order the files were written (root first). */
    private List<MigrationScript> load(List<Path> files) {
        Map<String, MigrationScript> byFile = new ScriptLoader().load(List.of("filesystem:" + directory)).scripts().stream()
                .collect(Collectors.toMap(script -> Path.of(script.location()).getFileName().toString(), Function.identity()));
        return files.stream().map(file -> byFile.get(file.getFileName().toString())).toList();
    }
}
