package io.psm.migrate.execute;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineRendererTest {

    private static final MigrationScript FIRST = Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;");
    private static final MigrationScript CONCURRENT = Scripts.nonTransactionalSql("r2", "r1",
            "CREATE INDEX CONCURRENTLY c_id ON c (id);", "DROP INDEX CONCURRENTLY c_id;");
    private static final OfflineRenderer POSTGRESQL = new OfflineRenderer(Dialect.named("postgresql"), ExecutionSettings.defaults());

    @Test
    void upgradeFromBaseCreatesTheVersionTableAndFramesEachTransactionalRevision() {
        List<MigrationScript> chain = List.of(FIRST, CONCURRENT);

        String sql = POSTGRESQL.render(plan(Scripts.upgradeToHead(chain)), chain);

        assertThat(sql).isEqualTo("""
                CREATE TABLE psm_version (
                    version_num VARCHAR(32) NOT NULL,
                    CONSTRAINT psm_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> r1, Revision r1

                BEGIN;

                CREATE TABLE c (id INT);

                INSERT INTO psm_version (version_num) VALUES ('r1');

                COMMIT;

                -- Running upgrade r1 -> r2, Revision r2

                CREATE INDEX CONCURRENTLY c_id ON c (id);

                UPDATE psm_version SET version_num = 'r2' WHERE version_num = 'r1';

                """);
    }

    @Test
    void downgradeWritesDowngradeSectionsAndNoCreateTable() {
        List<MigrationScript> chain = List.of(FIRST, CONCURRENT);

        String sql = POSTGRESQL.render(Scripts.downgradeToBase(chain).apply(new VersionState(List.of("r2"), java.util.Map.of())), chain);

        assertThat(sql).doesNotContain("CREATE TABLE psm_version")
                .contains("-- Running downgrade r2 -> r1, Revision r2\n\nDROP INDEX CONCURRENTLY c_id;\n\n"
                        + "UPDATE psm_version SET version_num = 'r1' WHERE version_num = 'r2';\n\n")
                .endsWith("DROP TABLE c;\n\nDELETE FROM psm_version WHERE version_num = 'r1';\n\nCOMMIT;\n\n");
    }

    @Test
    void upgradeFromACurrentRevisionDoesNotCreateTheVersionTable() {
        List<MigrationScript> chain = List.of(FIRST, CONCURRENT);

        String sql = POSTGRESQL.render(Scripts.upgradeToHead(chain).apply(new VersionState(List.of("r1"), java.util.Map.of())), chain);

        assertThat(sql).startsWith("-- Running upgrade r1 -> r2, Revision r2");
    }

    @Test
    void transactionControlInATransactionalRevisionIsLeftOut() {
        List<MigrationScript> chain = List.of(Scripts.sql("t1", null, "BEGIN;\nCREATE TABLE c (id INT);\nCOMMIT;", "DROP TABLE c;"));

        String sql = POSTGRESQL.render(plan(Scripts.upgradeToHead(chain)), chain);

        assertThat(sql).containsOnlyOnce("BEGIN;").containsOnlyOnce("COMMIT;");
    }

    @Test
    void configuredSchemaIsCreatedMadeCurrentAndQualifiesTheVersionTable() {
        OfflineRenderer renderer = new OfflineRenderer(Dialect.named("postgresql"), ExecutionSettings.defaults().withSchema("app"));

        String sql = renderer.render(plan(Scripts.upgradeToHead(List.of(FIRST))), List.of(FIRST));

        assertThat(sql).startsWith("CREATE SCHEMA IF NOT EXISTS app;\n\nSET search_path TO app, public;\n\nCREATE TABLE app.psm_version (")
                .contains("INSERT INTO app.psm_version (version_num) VALUES ('r1');");
    }

    @Test
    void emptyPlanRendersNothing() {
        assertThat(POSTGRESQL.render(new MigrationPlan(List.of("r1"), List.of(), List.of("r1")), List.of(FIRST))).isEmpty();
    }

    @Test
    void javaMigrationCannotBeRenderedAndIsNamedWithItsClass() {
        List<MigrationScript> chain = List.of(FIRST, Scripts.java("j2", "r1", context -> { }));

        assertThatThrownBy(() -> POSTGRESQL.render(plan(Scripts.upgradeToHead(chain)), chain))
                .isInstanceOfSatisfying(StepNotRunnableException.class, e ->
                        assertThat(e.reason()).isEqualTo(StepNotRunnableException.Reason.NOT_RENDERABLE))
                .hasMessage("Revision j2 (db.migrations.Migration_j2) is a Java migration, which cannot be written"
                        + " as SQL: run it against the database instead of with --sql");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void renderedScriptRunOnAnEmptyDatabaseLeavesItAtTheHead(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(FIRST,
                Scripts.sql("r2", "r1", "ALTER TABLE c ADD COLUMN name VARCHAR(10);\nINSERT INTO c VALUES (1, 'a');", "SELECT 1;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            String sql = new OfflineRenderer(Dialect.forUrl(database.databaseUrl()), ExecutionSettings.defaults())
                    .render(plan(Scripts.upgradeToHead(chain)), chain);

            database.execute(new ScriptBody.SqlBody(sql, 1, "offline.sql").statements().stream()
                    .map(SqlStatement::sql).toArray(String[]::new));

            assertThat(new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), MigrationListener.NONE)
                    .readState().heads()).containsExactly("r2");
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM c WHERE name = 'a'")).isEqualTo(1);
        }
    }

    private static MigrationPlan plan(java.util.function.Function<VersionState, MigrationPlan> planner) {
        return planner.apply(VersionState.empty());
    }
}
