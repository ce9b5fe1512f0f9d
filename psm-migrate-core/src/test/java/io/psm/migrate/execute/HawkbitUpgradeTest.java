package io.psm.migrate.execute;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import io.psm.migrate.version.HistoryEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HawkbitUpgradeTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void wholeHawkbitHistoryUpgradesAFreshDatabaseToItsLastRevision(TestDatabase.Kind kind) {
        List<MigrationScript> chain = chain(kind);
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(),
                    MigrationListener.NONE);

            List<AppliedStep> applied = executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(applied).hasSize(chain.size());
            DatabaseState state = executor.readState();
            assertThat(state.heads()).containsExactly(chain.get(chain.size() - 1).id());
            assertThat(state.history()).hasSize(chain.size()).allMatch(HistoryEntry::success);
            assertThat(executor.migrate(chain, Scripts.upgradeToHead(chain))).isEmpty();
        }
    }

    /** The corpus as a chain of revisions, each revising the one before, upgrade section only. */
    private static List<MigrationScript> chain(TestDatabase.Kind kind) {
        List<MigrationScript> chain = new ArrayList<>();
        String parent = null;
        for (HawkbitCorpus.FlywayScript file : HawkbitCorpus.flywayScripts(kind)) {
            String location = "corpus/hawkbit/" + file.fileName();
            RevisionNode node = new RevisionNode(file.revisionId(), parent == null ? List.of() : List.of(parent),
                    List.of(), List.of(), file.message(), location);
            chain.add(new MigrationScript(node, Optional.empty(), true, new ScriptBody.SqlBody(file.sql(), 1, location),
                    Optional.empty(), Optional.empty(), location));
            parent = file.revisionId();
        }
        return List.copyOf(chain);
    }
}
