package io.psm.migrate.lint;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL rules checked against a real server: the lint flags a column change exactly when
 * PostgreSQL rewrites the table (its file node changes), and each message names the lock that
 * PostgreSQL actually takes. One database for the class; each case starts from fresh tables.
 */
class PostgresAgreementTest {

    private static final Map<String, Boolean> REWRITE_RULES = Map.of("column-type-rewrite", true, "volatile-default",
            true, "stored-generated-column", true, "add-serial-column", true);

    private static TestDatabase database;

    @TempDir
    Path directory;

    @BeforeAll
    static void server() {
        database = TestDatabases.postgres();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theLintFlagsAColumnChangeExactlyWhenPostgresqlRewritesTheTable() throws Exception {
        List<String> statements = List.of(
                "ALTER TABLE users ALTER COLUMN team_id TYPE INTEGER",
                "ALTER TABLE users ALTER COLUMN score TYPE NUMERIC(12, 3)",
                "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(20)",
                "ALTER TABLE users ALTER COLUMN bio TYPE VARCHAR(100)",
                "ALTER TABLE users ALTER COLUMN email TYPE TEXT USING lower(email)",
                "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(80)",
                "ALTER TABLE users ALTER COLUMN name TYPE TEXT",
                "ALTER TABLE users ALTER COLUMN bio TYPE VARCHAR",
                "ALTER TABLE users ALTER COLUMN email TYPE TEXT USING email::text",
                "ALTER TABLE users ALTER COLUMN score TYPE NUMERIC(14, 2)",
                "ALTER TABLE users ALTER COLUMN score TYPE NUMERIC",
                "ALTER TABLE users ADD COLUMN token UUID DEFAULT gen_random_uuid()",
                "ALTER TABLE users ADD COLUMN r DOUBLE PRECISION DEFAULT random()",
                "ALTER TABLE users ADD COLUMN seen TIMESTAMPTZ NOT NULL DEFAULT now()",
                "ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT true",
                "ALTER TABLE users ADD COLUMN email_lower TEXT GENERATED ALWAYS AS (lower(email)) STORED",
                "ALTER TABLE users ADD COLUMN seq BIGSERIAL",
                "ALTER TABLE users ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY",
                "ALTER TABLE users ADD COLUMN plain TEXT");
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (String statement : statements) {
            boolean rewritten = rewrites(statement);
            List<String> rules = lint(statement);
            boolean flagged = rules.stream().anyMatch(REWRITE_RULES::containsKey);
            if (rewritten != flagged) {
                disagreements.put(statement, "PostgreSQL " + (rewritten ? "rewrites" : "does not rewrite")
                        + ", the lint found " + rules);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void eachMessageNamesTheLockPostgresqlTakes() throws Exception {
        Map<String, String> lockOfStatement = new LinkedHashMap<>();
        lockOfStatement.put("CREATE INDEX users_name ON users (name)", "ShareLock");
        lockOfStatement.put("ALTER TABLE users ADD CONSTRAINT users_team FOREIGN KEY (team_id) REFERENCES teams (id)",
                "ShareRowExclusiveLock");
        lockOfStatement.put("ALTER TABLE users ADD CONSTRAINT users_score CHECK (score >= 0)", "AccessExclusiveLock");
        lockOfStatement.put("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)", "AccessExclusiveLock");
        lockOfStatement.put("ALTER TABLE users ALTER COLUMN email SET NOT NULL", "AccessExclusiveLock");
        lockOfStatement.put("ALTER TABLE users ALTER COLUMN team_id TYPE INTEGER", "AccessExclusiveLock");
        lockOfStatement.put("ALTER TABLE users ADD COLUMN token UUID DEFAULT gen_random_uuid()", "AccessExclusiveLock");
        lockOfStatement.put("DROP INDEX users_email", "AccessExclusiveLock");
        lockOfStatement.put("CLUSTER users USING users_email", "AccessExclusiveLock");
        lockOfStatement.put("REINDEX INDEX users_email", "ShareLock");
        lockOfStatement.put("LOCK TABLE users", "AccessExclusiveLock");
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : lockOfStatement.entrySet()) {
            String taken = strongestLockOnUsers(entry.getKey());
            String message = String.join(" | ", lintMessages(entry.getKey()));
            if (!taken.equals(entry.getValue()) || !message.contains(words(taken))) {
                wrong.put(entry.getKey(), "PostgreSQL takes " + taken + "; the lint says: " + message);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** {@code ShareRowExclusiveLock} as the messages write it: {@code SHARE ROW EXCLUSIVE}; a SHARE lock as "writes". */
    private static String words(String mode) {
        if (mode.equals("ShareLock")) {
            return "writes";
        }
        return mode.replace("Lock", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }

    private boolean rewrites(String statement) throws SQLException {
        try (Connection connection = freshTables(); Statement sql = connection.createStatement()) {
            long before = fileNode(sql);
            sql.execute(statement);
            return fileNode(sql) != before;
        }
    }

    private String strongestLockOnUsers(String statement) throws SQLException {
        try (Connection connection = freshTables(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute(statement);
            List<String> modes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND granted"
                    + " AND relation = 'users'::regclass")) {
                while (rows.next()) {
                    modes.add(rows.getString(1));
                }
            }
            connection.rollback();
            List<String> order = List.of("AccessExclusiveLock", "ExclusiveLock", "ShareRowExclusiveLock", "ShareLock",
                    "ShareUpdateExclusiveLock", "RowExclusiveLock", "RowShareLock", "AccessShareLock");
            return order.stream().filter(modes::contains).findFirst().orElse("none");
        }
    }

    private Connection freshTables() throws SQLException {
        Connection connection = database.dataSource().getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS users, teams CASCADE");
            for (String statement : PostgresRulesTest.BASELINE.split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
            sql.execute("INSERT INTO teams VALUES (1, 'one')");
            sql.execute("INSERT INTO users VALUES (1, 'a@example.org', 'Ann', 'bio', 1.5, now(), 1)");
        }
        return connection;
    }

    private static long fileNode(Statement sql) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT relfilenode FROM pg_class WHERE relname = 'users'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> lint(String statement) throws Exception {
        return lintReport(statement).findings().stream().map(finding -> finding.rule().id()).toList();
    }

    private List<String> lintMessages(String statement) throws Exception {
        return lintReport(statement).findings().stream().map(Finding::message).toList();
    }

    private LintReport lintReport(String statement) throws Exception {
        Path cases = Files.createTempDirectory(directory, "case");
        return new Revisions(cases).add(PostgresRulesTest.BASELINE).add(statement + ";").lintLast("postgresql");
    }
}
