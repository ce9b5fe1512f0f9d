package io.psm.migrate.execute;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.HistoryState;
import io.psm.migrate.version.Interruption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failed and unfinished attempts are recorded, block a rerun that would collide with their remains, and are cleared by repair. */
class FailedAttemptsTest {

    private static final MigrationScript FIRST = Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;");
    /** Fails at its third statement, outside a transaction: the first two stay. */
    private static final MigrationScript HALF = Scripts.nonTransactionalSql("r2", "r1",
            "CREATE TABLE half_one (id INT);\nCREATE TABLE half_two (id INT);\nINSERT INTO nosuch VALUES (1);",
            "DROP TABLE half_one;");
    private static final List<MigrationScript> CHAIN = List.of(FIRST, HALF);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failureOutsideATransactionIsRecordedWithTheStatementsThatRanAndTheOneThatFailed(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e ->
                            assertThat(e.statementsRun()).extracting(statement -> statement.line()).containsExactly(8, 9));

            HistoryEntry failed = executor.readState().history().get(1);
            assertThat(failed.revision()).isEqualTo("r2");
            assertThat(failed.state()).isEqualTo(HistoryState.FAILED);
            assertThat(failed.success()).isFalse();
            Interruption stop = failed.interruption().orElseThrow();
            assertThat(stop.ranLines()).containsExactly(8, 9);
            assertThat(stop.atLine()).isEqualTo(OptionalInt.of(10));
            assertThat(stop.error()).hasValueSatisfying(error -> assertThat(error).containsIgnoringCase("nosuch"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rerunOfARevisionThatFailedPartwayRefusesNamingTheStatementsByFileAndLine(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);
            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)));
            long rows = Rows.number(database, "SELECT COUNT(*) FROM psm_history");

            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)))
                    .isInstanceOf(UnfinishedRevisionException.class)
                    .hasMessageStartingWith("Revision r2 (db/migrations/r2_test.sql) failed partway in its upgrade at ")
                    .hasMessageContaining(", and these statements had run and stayed applied:"
                            + " db/migrations/r2_test.sql:8 CREATE TABLE half_one (id INT);"
                            + " db/migrations/r2_test.sql:9 CREATE TABLE half_two (id INT) (line 10 failed: ")
                    .hasMessageEndingWith(". Undo them by hand, or make them safe to repeat (IF NOT EXISTS, IF EXISTS),"
                            + " then run 'db repair' to clear the failure, and upgrade again")
                    .satisfies(e -> assertThat(((UnfinishedRevisionException) e).messageFor(""))
                            .contains("then run 'repair' to clear"));
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM psm_history")).isEqualTo(rows);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repairClearsTheFailureSoARevisionMadeSafeToRepeatRunsAgain(TestDatabase.Kind kind) {
        List<MigrationScript> idempotent = List.of(FIRST, Scripts.nonTransactionalSql("r2", "r1",
                "CREATE TABLE IF NOT EXISTS half_one (id INT);\nCREATE TABLE IF NOT EXISTS half_two (id INT);",
                "DROP TABLE half_one;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database);
            assertThatThrownBy(() -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)));

            RepairReport report = executor.repair(state -> List.of());
            List<AppliedStep> applied = executor.migrate(idempotent, Scripts.upgradeToHead(idempotent));

            assertThat(report.clearedAttempts()).extracting(HistoryEntry::revision).containsExactly("r2");
            assertThat(applied).extracting(step -> step.step().revision().id()).containsExactly("r2");
            assertThat(executor.readState().heads()).containsExactly("r2");
            assertThat(executor.repair(state -> List.of()).isEmpty()).isTrue();
        }
    }

    @Test
    void onH2OnlyStatementsUpToTheLastDdlAreListedAsTheRollbackUndoesTheDmlAfterIt() {
        List<MigrationScript> chain = List.of(FIRST, Scripts.sql("r2", "r1",
                "CREATE TABLE kept (id INT);\nINSERT INTO kept VALUES (1);\nINSERT INTO nosuch VALUES (1);", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.h2()) {
            MigrationExecutor executor = executor(database);

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e ->
                            assertThat(e.statementsRun()).extracting(statement -> statement.line()).containsExactly(8))
                    .hasMessageNotContaining("r2_test.sql:9");

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM kept")).isZero();
            assertThat(executor.readState().history().get(1).interruption().orElseThrow().ranLines()).containsExactly(8);
        }
    }

    @Test
    void onH2AFailingDdlStatementCommitsTheDmlBeforeItSoThatIsListedToo() {
        List<MigrationScript> chain = List.of(FIRST, Scripts.sql("r2", "r1",
                "CREATE TABLE kept (id INT);\nINSERT INTO kept VALUES (1);\nCREATE TABLE kept (id INT);", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.h2()) {
            assertThatThrownBy(() -> executor(database).migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOfSatisfying(RevisionFailedException.class, e ->
                            assertThat(e.statementsRun()).extracting(statement -> statement.line()).containsExactly(8, 9));

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM kept")).isEqualTo(1);
        }
    }

    @Test
    void onPostgresqlAFailedTransactionalRevisionLeavesNothingSoItsRerunProceeds() {
        List<MigrationScript> failing = List.of(FIRST, Scripts.sql("r2", "r1",
                "CREATE TABLE t2 (id INT);\nINSERT INTO nosuch VALUES (1);", "DROP TABLE t2;"));
        List<MigrationScript> fixed = List.of(FIRST, Scripts.sql("r2", "r1", "CREATE TABLE t2 (id INT);", "DROP TABLE t2;"));
        try (TestDatabase database = TestDatabases.postgres()) {
            MigrationExecutor executor = executor(database);
            assertThatThrownBy(() -> executor.migrate(failing, Scripts.upgradeToHead(failing)));
            HistoryEntry failed = executor.readState().history().get(1);

            executor.migrate(fixed, Scripts.upgradeToHead(fixed));

            assertThat(failed.state()).isEqualTo(HistoryState.FAILED);
            assertThat(failed.interruption().orElseThrow().ranLines()).isEmpty();
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @Test
    void aRunWhoseConnectionDiesLeavesItsRunningRowAndTheRerunNamesWhereItStopped() throws Exception {
        List<MigrationScript> chain = List.of(FIRST, Scripts.nonTransactionalSql("r2", "r1",
                "CREATE TABLE before_sleep (id INT);\nSELECT pg_sleep(60);\nCREATE TABLE after_sleep (id INT);",
                "SELECT 1;"));
        try (TestDatabase database = TestDatabases.postgres()) {
            MigrationExecutor executor = executor(database);
            CompletableFuture<List<AppliedStep>> run = CompletableFuture.supplyAsync(
                    () -> executor.migrate(chain, Scripts.upgradeToHead(chain)));
            terminateWhenSleeping(database);
            assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS));

            HistoryEntry running = executor.readState().history().get(1);
            assertThat(running.state()).isEqualTo(HistoryState.RUNNING);
            assertThat(running.interruption().orElseThrow().ranLines()).containsExactly(8);
            assertThat(running.interruption().orElseThrow().atLine()).isEqualTo(OptionalInt.of(9));
            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(UnfinishedRevisionException.class)
                    .hasMessageContaining("did not finish its upgrade started at ")
                    .hasMessageContaining("while running db/migrations/r2_test.sql:9 SELECT pg_sleep(60), which may"
                            + " have taken effect in part; this statement had run and stayed applied:"
                            + " db/migrations/r2_test.sql:8 CREATE TABLE before_sleep (id INT). Undo them");
        }
    }

    /** Ends the session that runs pg_sleep, as a network failure or a killed client would end it. */
    private static void terminateWhenSleeping(TestDatabase database) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection admin = database.dataSource().getConnection(); Statement statement = admin.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()")) {
                    if (row.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("The migration never reached pg_sleep");
    }

    private static MigrationExecutor executor(TestDatabase database) {
        return new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), MigrationListener.NONE);
    }
}
