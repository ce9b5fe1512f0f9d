package io.psm.migrate.execute;

import io.psm.migrate.MigrateConfigurationException;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** transaction-mode all: the whole run in one transaction (PostgreSQL, SQLite), refused where one transaction cannot undo it. */
class TransactionModeTest {

    private static final MigrationScript FIRST = Scripts.sql("r1", null, "CREATE TABLE one (id INT);", "DROP TABLE one;");
    private static final MigrationScript SECOND = Scripts.sql("r2", "r1", "CREATE TABLE two (id INT);", "DROP TABLE two;");
    private static final MigrationScript FAILING = Scripts.sql("r3", "r2",
            "CREATE TABLE three (id INT);\nINSERT INTO nosuch VALUES (1);", "DROP TABLE three;");

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void aFailedRunWhereDdlIsTransactionalLeavesTheDatabaseExactlyAsItWasHistoryAndVersionRowsIncluded(
            TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(FIRST, SECOND, FAILING);
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, TransactionMode.ALL);
            executor.migrate(List.of(FIRST), Scripts.upgradeToHead(List.of(FIRST)));
            long historyRows = Rows.number(database, "SELECT COUNT(*) FROM psm_history");

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageStartingWith("Revision r3 (db/migrations/r3_test.sql, line 9) failed: ")
                    .hasMessageContaining(kind == TestDatabase.Kind.SQLITE ? "no such table: nosuch" : "ERROR: relation")
                    .hasMessageEndingWith(". The whole run was rolled back (transaction mode all): the database is as"
                            + " it was before it");

            assertThat(Rows.tableExists(database, "two")).isFalse();
            assertThat(Rows.tableExists(database, "three")).isFalse();
            assertThat(executor.readState().heads()).containsExactly("r1");
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM psm_history")).isEqualTo(historyRows);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void aSuccessfulRunCommitsEveryRevisionWithItsRows(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(FIRST, SECOND);
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, TransactionMode.ALL);

            assertThat(executor.migrate(chain, Scripts.upgradeToHead(chain))).hasSize(2);

            assertThat(executor.readState().heads()).containsExactly("r2");
            assertThat(executor.readState().history()).hasSize(2);
            assertThat(Rows.tableExists(database, "two")).isTrue();
        }
    }

    @Test
    void isRefusedBeforeAnythingRunsOrIsCreatedOnADatabaseThatCommitsDdl() {
        List<MigrationScript> chain = List.of(FIRST, SECOND);
        try (TestDatabase database = TestDatabases.h2()) {
            assertThatThrownBy(() -> executor(database, TransactionMode.ALL).migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(MigrateConfigurationException.class)
                    .hasMessage("The transaction-mode (--transaction-mode, psm.migrate.transaction-mode) is all, but"
                            + " this database (h2) commits each DDL statement, so one transaction could not undo the"
                            + " revisions before a failure; nothing was run. Use transaction-mode per-revision on this"
                            + " database");

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC'")).isZero();
        }
    }

    @Test
    void isRefusedWhenThePlanHoldsANonTransactionalRevision() {
        List<MigrationScript> chain = List.of(FIRST, Scripts.nonTransactionalSql("r2", "r1",
                "CREATE INDEX CONCURRENTLY one_id ON one (id);", "DROP INDEX one_id;"));
        try (TestDatabase database = TestDatabases.postgres()) {
            assertThatThrownBy(() -> executor(database, TransactionMode.ALL).migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(MigrateConfigurationException.class)
                    .hasMessageContaining("is all, but revision r2 (db/migrations/r2_test.sql) is 'Transactional: false'");

            assertThat(Rows.tableExists(database, "one")).isFalse();
            assertThat(Rows.tableExists(database, "psm_version")).isFalse();
        }
    }

    private static MigrationExecutor executor(TestDatabase database, TransactionMode mode) {
        return new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults().withTransactionMode(mode),
                MigrationListener.NONE);
    }
}
