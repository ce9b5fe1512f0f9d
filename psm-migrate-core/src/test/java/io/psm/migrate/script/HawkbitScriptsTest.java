package io.psm.migrate.script;

import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.HawkbitCorpus.FlywayScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hawkbit corpus as revision scripts, as other modules' tests and benchmarks use it. */
class HawkbitScriptsTest {

    @TempDir
    Path dir;

    private static List<String> sql(ScriptBody body) {
        return ((ScriptBody.SqlBody) body).statements().stream().map(SqlStatement::sql).toList();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void chainLoadsAsOneLineOfRevisionsInFlywayOrder(TestDatabase.Kind kind) {
        List<FlywayScript> flyway = HawkbitCorpus.flywayScripts(kind);
        HawkbitCorpus.chain(kind, dir);

        LoadedScripts loaded = new ScriptLoader().load(List.of(dir.toString()));

        assertThat(loaded.scripts()).hasSize(flyway.size());
        String parent = null;
        for (FlywayScript original : flyway) {
            MigrationScript script = loaded.find(original.revisionId()).orElseThrow();
            assertThat(script.revision().downRevisions()).containsExactlyElementsOf(parent == null ? List.of() : List.of(parent));
            assertThat(script.revision().message()).isEqualTo(original.message());
            assertThat(script.downgrade()).isEmpty();
            assertThat(sql(script.upgrade()))
                    .containsExactlyElementsOf(sql(new ScriptBody.SqlBody(original.sql(), 1, original.fileName())));
            parent = original.revisionId();
        }
    }

    @Test
    void revisionIdsAndMessagesComeFromTheFlywayFileNames() {
        FlywayScript first = HawkbitCorpus.flywayScripts(TestDatabase.Kind.POSTGRESQL).get(0);
        assertThat(first.fileName()).isEqualTo("V1_12_15__baseline___POSTGRESQL.sql");
        assertThat(first.revisionId()).isEqualTo("hb_1_12_15");
        assertThat(first.message()).isEqualTo("baseline");
    }

    @Test
    void flywayOrderComparesVersionNumbersNotText() {
        List<String> ids = HawkbitCorpus.flywayScripts(TestDatabase.Kind.H2).stream().map(FlywayScript::revisionId).toList();
        assertThat(ids.indexOf("hb_1_12_9")).isLessThan(ids.indexOf("hb_1_12_10"));
        assertThat(ids.indexOf("hb_1_2_0")).isLessThan(ids.indexOf("hb_1_10_0"));
    }

    @Test
    void syntheticRevisionsUpgradeAndDowngradeOnARealDatabase() throws SQLException {
        HawkbitCorpus.synthetic(dir, 3);
        List<MigrationScript> scripts = new ScriptLoader().load(List.of(dir.toString())).scripts();
        try (TestDatabase database = TestDatabases.h2(); Connection connection = database.dataSource().getConnection();
             Statement jdbc = connection.createStatement()) {
            for (MigrationScript script : scripts) {
                for (String statement : sql(script.upgrade())) {
                    jdbc.execute(statement);
                }
            }
            assertThat(tables(jdbc)).isEqualTo(3);
            for (int i = scripts.size() - 1; i >= 0; i--) {
                for (String statement : sql(scripts.get(i).downgrade().orElseThrow())) {
                    jdbc.execute(statement);
                }
            }
            assertThat(tables(jdbc)).isZero();
        }
    }

    private static int tables(Statement jdbc) throws SQLException {
        try (ResultSet rows = jdbc.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'SYNTHETIC%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
