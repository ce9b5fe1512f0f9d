package io.psm.migrate.execute;

import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is particular to SQLite: DDL rolls back with its revision, and on a connection that enforces
 * foreign keys each revision runs with enforcement off and its keys checked before it commits.
 */
class SqliteRevisionTest {

    private static final MigrationScript PARENT_AND_CHILD = Scripts.sql("r1", null, """
            CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(20));
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
            INSERT INTO parent VALUES (1, 'p');
            INSERT INTO child VALUES (10, 1);""", "DROP TABLE child;\nDROP TABLE parent;");

    /** A move and copy of the parent table, as autogenerate writes it: its DROP TABLE deletes every parent row. */
    private static final MigrationScript REBUILD_PARENT = Scripts.sql("r2", "r1", """
            CREATE TABLE _psm_tmp_parent (id INTEGER PRIMARY KEY, name VARCHAR(40));
            INSERT INTO _psm_tmp_parent (id, name) SELECT id, name FROM parent;
            DROP TABLE parent;
            ALTER TABLE _psm_tmp_parent RENAME TO parent;""", "SELECT 1;");

    @Test
    void aFailedRevisionIsRolledBackWholeItsDdlIncluded() {
        List<MigrationScript> chain = List.of(Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;"),
                Scripts.sql("r2", "r1", "CREATE TABLE t2 (id INT);\nINSERT INTO nosuch VALUES (1);", "DROP TABLE t2;"));
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(database.dataSource());

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e -> assertThat(e.statementsRun()).isEmpty())
                    .hasMessageStartingWith("Revision r2 (db/migrations/r2_test.sql, line 9) failed:")
                    .hasMessageContaining("no such table: nosuch");
            assertThat(Rows.tableExists(database, "c")).isTrue();
            assertThat(Rows.tableExists(database, "t2")).isFalse();
            assertThat(executor.readState().heads()).containsExactly("r1");
        }
    }

    @Test
    void rebuildingAReferencedTableKeepsTheRowsThatReferToItWhereForeignKeysAreEnforced() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, REBUILD_PARENT);
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database));

            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM child")).isEqualTo(1);
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @Test
    void enforcementIsBackForTheRevisionsAfterAndForNonTransactionalOnes() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, REBUILD_PARENT,
                Scripts.nonTransactionalSql("r3", "r2", "INSERT INTO child VALUES (11, 99);", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database));

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageStartingWith("Revision r3 (db/migrations/r3_test.sql, line 8) failed:")
                    .hasMessageContaining("FOREIGN KEY constraint failed");
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @Test
    void aRevisionThatLeavesRowsReferringToNothingFailsBeforeItsCommitAndIsRolledBack() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, Scripts.sql("r2", "r1",
                "INSERT INTO child VALUES (11, 99);\nDELETE FROM parent;", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database));

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageStartingWith("Revision r2 (db/migrations/r2_test.sql) failed: FOREIGN KEY constraint"
                            + " failed: the revision leaves 2 more row(s) referring to rows that do not exist (child row"
                            + " 10 refers to a missing parent row; child row 11 refers to a missing parent row)");
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM parent")).isEqualTo(1);
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM child")).isEqualTo(1);
            assertThat(executor.readState().heads()).containsExactly("r1");
        }
    }

    @Test
    void aDatabaseThatAlreadyHoldsRowsReferringToNothingCanStillBeMigrated() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, REBUILD_PARENT);
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database));
            executor.migrate(chain.subList(0, 1), Scripts.upgradeToHead(chain.subList(0, 1)));
            database.execute("INSERT INTO child VALUES (11, 99)");

            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @Test
    void inOneTransactionForTheWholeRunAReferencedTableIsRebuiltWithTheRowsThatReferToIt() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, REBUILD_PARENT);
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database), TransactionMode.ALL);

            assertThat(executor.migrate(chain, Scripts.upgradeToHead(chain))).hasSize(2);

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM child")).isEqualTo(1);
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @Test
    void inOneTransactionForTheWholeRunARevisionLeavingRowsReferringToNothingRollsBackTheRunAndIsNamed() {
        List<MigrationScript> chain = List.of(PARENT_AND_CHILD, REBUILD_PARENT,
                Scripts.sql("r3", "r2", "INSERT INTO child VALUES (11, 99);", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(enforcingForeignKeys(database), TransactionMode.ALL);

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageStartingWith("Revision r3 (db/migrations/r3_test.sql) failed: FOREIGN KEY constraint"
                            + " failed: the revision leaves 1 more row(s) referring to rows that do not exist (child row"
                            + " 11 refers to a missing parent row)")
                    .hasMessageEndingWith("The whole run was rolled back (transaction mode all): the database is as it"
                            + " was before it");
            assertThat(Rows.tableExists(database, "parent")).isFalse();
            assertThat(Rows.tableExists(database, "child")).isFalse();
            assertThat(executor.readState().heads()).isEmpty();
            assertThat(executor.readState().history()).isEmpty();
        }
    }

    @Test
    void historyRowsKeepTheirTimeAsTextSqliteReads() {
        List<MigrationScript> chain = List.of(Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;"));
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = executor(database.dataSource());

            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(executor.readState().history()).singleElement()
                    .satisfies(entry -> assertThat(entry.appliedAt()).isBetween(
                            java.time.Instant.now().minusSeconds(60), java.time.Instant.now()));
            assertThat(Rows.number(database,
                    "SELECT COUNT(*) FROM psm_history WHERE julianday(applied_at) > julianday('now', '-1 minute')"))
                    .isEqualTo(1);
        }
    }

    /** The database as its sqlite:/// URL opens it: with foreign keys enforced. */
    private static DataSource enforcingForeignKeys(TestDatabase database) {
        return DatabaseUrl.parse(database.databaseUrl()).dataSource();
    }

    private static MigrationExecutor executor(DataSource dataSource) {
        return executor(dataSource, TransactionMode.PER_REVISION);
    }

    private static MigrationExecutor executor(DataSource dataSource, TransactionMode mode) {
        return new MigrationExecutor(dataSource, ExecutionSettings.defaults().withTransactionMode(mode),
                MigrationListener.NONE);
    }
}
