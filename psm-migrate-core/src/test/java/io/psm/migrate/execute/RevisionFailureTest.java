package io.psm.migrate.execute;

import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.VersionTableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RevisionFailureTest {

    private static final MigrationScript FIRST = Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;");
    private static final MigrationScript FAILING = Scripts.sql("r2", "r1",
            "CREATE TABLE t2 (id INT);\nINSERT INTO nosuch VALUES (1);", "DROP TABLE t2;");
    private static final MigrationScript NEVER_REACHED = Scripts.sql("r3", "r2", "CREATE TABLE t3 (id INT);", "DROP TABLE t3;");
    private static final List<MigrationScript> CHAIN = List.of(FIRST, FAILING, NEVER_REACHED);

    @Test
    void failedRevisionOnPostgresqlIsRolledBackWholeAndNamedWithFileLineAndDatabaseMessage() {
        try (TestDatabase database = TestDatabases.postgres()) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e -> {
                        assertThat(e.revision()).isEqualTo("r2");
                        assertThat(e.location()).isEqualTo("db/migrations/r2_test.sql");
                        assertThat(e.line()).hasValue(Scripts.UPGRADE_LINE + 1);
                        assertThat(e.statementsRun()).isEmpty();
                    })
                    .hasMessageStartingWith("Revision r2 (db/migrations/r2_test.sql, line 9) failed:"
                            + " ERROR: relation \"nosuch\" does not exist");
            assertThat(Rows.tableExists(database, "t2")).isFalse();
            assertThat(Rows.tableExists(database, "t3")).isFalse();
            assertThat(executor.readState().heads()).containsExactly("r1");
        }
    }

    @Test
    void failedRevisionOnH2IsReportedWithTheStatementsThatHadAlreadyRun() {
        try (TestDatabase database = TestDatabases.h2()) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e ->
                            assertThat(e.statementsRun()).extracting(statement -> statement.line()).containsExactly(8))
                    .hasMessageStartingWith("Revision r2 (db/migrations/r2_test.sql, line 9) failed: Table \"NOSUCH\" not found")
                    .hasMessageContaining(". This statement ran before it and stayed applied, as this database"
                            + " commits DDL: db/migrations/r2_test.sql:8 CREATE TABLE t2 (id INT). Undo it by hand,"
                            + " or make it safe to repeat (IF NOT EXISTS, IF EXISTS), then run 'db repair'");
            assertThat(Rows.tableExists(database, "t2")).isTrue();
            assertThat(executor.readState().heads()).containsExactly("r1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failedRevisionLeavesAFailedHistoryRowAndNothingRecordedAsApplied(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)));

            assertThat(executor.readState().history()).extracting(HistoryEntry::revision, HistoryEntry::success)
                    .containsExactly(tuple("r1", true), tuple("r2", false));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void lockIsReleasedAfterAFailureSoTheNextRunProceeds(TestDatabase.Kind kind) {
        List<MigrationScript> failing = List.of(FIRST, Scripts.sql("r2", "r1", "INSERT INTO nosuch VALUES (1);", "SELECT 1;"));
        List<MigrationScript> fixed = List.of(FIRST, Scripts.sql("r2", "r1", "CREATE TABLE t2b (id INT);", "DROP TABLE t2b;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            assertThatThrownBy(() -> executor(database).migrate(failing, Scripts.upgradeToHead(failing)));

            new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults().withLockTimeout(Duration.ZERO),
                    MigrationListener.NONE).migrate(fixed, Scripts.upgradeToHead(fixed));

            assertThat(executor(database).readState().heads()).containsExactly("r2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failingJavaMigrationIsNamedWithItsClassAndException(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(FIRST, Scripts.java("j2", "r1", context -> {
            throw new IllegalStateException("bad data in row 7");
        }));
        try (TestDatabase database = TestDatabases.create(kind)) {
            assertThatThrownBy(() -> executor(database).migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessage("Revision j2 (db.migrations.Migration_j2) failed: IllegalStateException: bad data in row 7")
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void nonTransactionalRevisionRunsCreateIndexConcurrentlyOnPostgresql() {
        List<MigrationScript> chain = List.of(FIRST,
                Scripts.nonTransactionalSql("r2", "r1", "CREATE INDEX CONCURRENTLY c_id ON c (id);", "DROP INDEX CONCURRENTLY c_id;"));
        try (TestDatabase database = TestDatabases.postgres()) {
            MigrationExecutor executor = executor(database);

            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'c_id'")).isEqualTo(1);
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failedNonTransactionalRevisionSaysWhichStatementsRemain(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(FIRST, Scripts.nonTransactionalSql("r2", "r1",
                "CREATE TABLE kept (id INT);\nINSERT INTO nosuch VALUES (1);", "DROP TABLE kept;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .hasMessageContaining(". This statement ran before it and was not rolled back, as the revision"
                            + " is not transactional: db/migrations/r2_test.sql:8 CREATE TABLE kept (id INT). Undo it by hand");
            assertThat(Rows.tableExists(database, "kept")).isTrue();
            assertThat(executor.readState().heads()).containsExactly("r1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeThroughARevisionWithoutDowngradeSectionFailsBeforeAnythingRuns(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(Scripts.sqlWithoutDowngrade("r1", null, "CREATE TABLE c (id INT);"),
                Scripts.sql("r2", "r1", "CREATE TABLE d (id INT);", "DROP TABLE d;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);
            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.downgradeToBase(chain)))
                    .isInstanceOfSatisfying(StepNotRunnableException.class, e ->
                            assertThat(e.reason()).isEqualTo(StepNotRunnableException.Reason.NO_DOWNGRADE))
                    .hasMessage("Revision r1 (db/migrations/r1_test.sql) has no downgrade section, so the database"
                            + " cannot be downgraded past it; nothing was run");
            assertThat(Rows.tableExists(database, "d")).isTrue();
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void planNamingARevisionWithoutScriptFailsBeforeAnythingRuns(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            assertThatThrownBy(() -> executor(database).migrate(List.of(FIRST), Scripts.upgradeToHead(CHAIN)))
                    .isInstanceOfSatisfying(StepNotRunnableException.class, e ->
                            assertThat(e.reason()).isEqualTo(StepNotRunnableException.Reason.NO_SCRIPT))
                    .hasMessageContaining("Revision r2");
            assertThat(Rows.tableExists(database, "c")).isFalse();
        }
    }

    @Test
    void versionTableConflictRollsTheRevisionBackOnPostgresql() {
        MigrationStep fromAGhost = new MigrationStep(Direction.UPGRADE, FIRST.revision(),
                List.of(new VersionChange.Update("ghost", "r1")));
        try (TestDatabase database = TestDatabases.postgres()) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(List.of(FIRST),
                    state -> new MigrationPlan(List.of("ghost"), List.of(fromAGhost), List.of("r1"))))
                    .isInstanceOf(VersionTableException.class)
                    .hasMessageContaining("at revision r1: expected one row 'ghost' to update to 'r1', found 0");
            assertThat(Rows.tableExists(database, "c")).isFalse();
            assertThat(executor.readState().heads()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listenerHearsOfTheFailureWithTheExceptionThatIsThrown(TestDatabase.Kind kind) {
        AtomicReference<Exception> heard = new AtomicReference<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepFailed(MigrationStep step, Exception failure) {
                heard.set(failure);
            }
        };
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), listener);

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)))
                    .isSameAs(heard.get());
        }
    }

    @Test
    void failureMessageMasksAPasswordTheStatementSets() {
        List<MigrationScript> chain = List.of(Scripts.sql("u1", null, "CREATE USER app PASSWORD 'hunter2' BOGUS;", "DROP USER app;"));
        try (TestDatabase database = TestDatabases.h2()) {
            assertThatThrownBy(() -> executor(database).migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageContaining("PASSWORD '****'")
                    .hasMessageNotContaining("hunter2");
        }
    }

    private static MigrationExecutor executor(TestDatabase database) {
        return new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), MigrationListener.NONE);
    }
}
