package io.psm.migrate.script;

import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.HawkbitCorpus.FlywayScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The splitter on real SQL: hawkbit's whole PostgreSQL and H2 migration histories. */
class HawkbitSplitTest {

    private static List<SqlStatement> statements(FlywayScript script) {
        return new ScriptBody.SqlBody(script.sql(), 1, script.fileName()).statements();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void everyFileSplitsIntoStatementsThatStartWithAKeyWord(TestDatabase.Kind kind) {
        List<FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        assertThat(scripts).hasSizeGreaterThan(20);
        for (FlywayScript script : scripts) {
            assertThat(statements(script)).as(script.fileName()).isNotEmpty()
                    .allSatisfy(statement -> assertThat(statement.sql()).matches("(?s)[A-Za-z].*[^;\\s]"));
        }
    }

    @Test
    void unifyScriptKeepsItsDoBlockWholeAndFlagsItsBeginAndCommit() {
        FlywayScript unify = HawkbitCorpus.flywayScripts(TestDatabase.Kind.POSTGRESQL).stream()
                .filter(script -> script.fileName().equals("V1_12_37__unify__POSTGRESQL.sql")).findFirst().orElseThrow();
        List<SqlStatement> statements = statements(unify);
        String[] lines = unify.sql().split("\n", -1);

        assertThat(statements).filteredOn(SqlStatement::transactionControl)
                .extracting(SqlStatement::sql).containsExactly("BEGIN", "COMMIT");
        SqlStatement doBlock = statements.stream().filter(s -> s.sql().startsWith("DO")).findFirst().orElseThrow();
        assertThat(doBlock.sql()).startsWith("DO $$\nBEGIN\n").endsWith("END $$").contains("PERFORM setval(");
        assertThat(lines[doBlock.line() - 1]).isEqualTo("DO $$");
        assertThat(statements).allSatisfy(statement ->
                assertThat(lines[statement.line() - 1]).as(statement.sql()).contains(statement.sql().lines().findFirst().orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void wholeHistoryRunsStatementByStatementOnAFreshDatabase(TestDatabase.Kind kind) throws SQLException {
        List<FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection();
             Statement jdbc = connection.createStatement()) {
            int run = 0;
            for (FlywayScript script : scripts) {
                for (SqlStatement statement : statements(script)) {
                    if (!statement.transactionControl()) {
                        execute(jdbc, script, statement);
                        run++;
                    }
                }
            }
            assertThat(run).isGreaterThan(scripts.size());
            assertThat(tableCount(connection)).isGreaterThan(20);
        }
    }

    private static void execute(Statement jdbc, FlywayScript script, SqlStatement statement) {
        try {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            fail(script.fileName() + " line " + statement.line() + ": " + e.getMessage() + "\n" + statement.sql());
        }
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE LOWER(table_name) LIKE 'sp\\_%' ESCAPE '\\'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
