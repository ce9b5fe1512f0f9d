package io.psm.migrate.lint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.psm.migrate.lint.Revisions.message;
import static io.psm.migrate.lint.Revisions.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each PostgreSQL rule: the unsafe statement is flagged, its safe twin (the way the message says)
 * is not, and neither is the same statement on a table its own revision created.
 */
class PostgresRulesTest {

    static final String BASELINE = """
            CREATE TABLE teams (id BIGINT PRIMARY KEY, title TEXT);
            CREATE TABLE users (
                id BIGINT PRIMARY KEY,
                email VARCHAR(100),
                name character varying(40) NOT NULL,
                bio TEXT,
                score NUMERIC(10, 2),
                created TIMESTAMP(6) WITHOUT TIME ZONE,
                team_id BIGINT
            );
            CREATE INDEX users_email ON users (email);
            """;

    static final String NEW_TABLE = "CREATE TABLE audit (id BIGINT, user_id BIGINT, at TIMESTAMP, note VARCHAR(10));\n";

    private static final String NOT_TRANSACTIONAL = "Transactional: false";

    @TempDir
    Path directory;

    private Revisions revisions;

    @BeforeEach
    void baseline() {
        revisions = new Revisions(directory).add(BASELINE);
    }

    @Test
    void indexWithoutConcurrently() {
        assertThat(lint("CREATE INDEX users_name ON users (name);")).containsExactly("index-without-concurrently");
        assertThat(message(revisions.lintLast("postgresql"))).isEqualTo("CREATE INDEX users_name locks users against"
                + " writes (SHARE lock) until the whole index is built; use CREATE INDEX CONCURRENTLY in a revision"
                + " marked 'Transactional: false' in its header");
        assertThat(lint("CREATE UNIQUE INDEX IF NOT EXISTS users_name ON ONLY public.users USING btree (name);"))
                .containsExactly("index-without-concurrently");
        assertThat(lintNonTransactional("CREATE INDEX CONCURRENTLY users_name ON users (name);")).isEmpty();
        assertThat(lint(NEW_TABLE + "CREATE INDEX audit_at ON audit (at);")).isEmpty();
    }

    @Test
    void keywordsInCommentsAndStringsAreNotTakenForStatements() {
        assertThat(lint("CREATE INDEX /* CONCURRENTLY */ users_name -- CONCURRENTLY\n ON users (name);"))
                .containsExactly("index-without-concurrently");
        assertThat(lint("COMMENT ON TABLE users IS 'CREATE INDEX x ON users (name); DROP TABLE users';")).isEmpty();
        assertThat(lint("CREATE FUNCTION f() RETURNS void AS $$ BEGIN CREATE INDEX x ON users (name); END $$"
                + " LANGUAGE plpgsql;")).isEmpty();
    }

    @Test
    void dropIndexWithoutConcurrently() {
        assertThat(lint("DROP INDEX users_email;")).containsExactly("drop-index-without-concurrently");
        assertThat(message(revisions.lintLast("postgresql"))).contains("ACCESS EXCLUSIVE lock on its table")
                .contains("DROP INDEX CONCURRENTLY");
        assertThat(lintNonTransactional("DROP INDEX CONCURRENTLY IF EXISTS users_email;")).isEmpty();
        assertThat(lint(NEW_TABLE + "CREATE INDEX audit_at ON audit (at);\nDROP INDEX audit_at;")).isEmpty();
    }

    @Test
    void concurrentlyInATransactionFailsAtRunTime() {
        assertThat(lint("CREATE INDEX CONCURRENTLY users_name ON users (name);"))
                .containsExactly("concurrently-in-transaction");
        assertThat(message(revisions.lintLast("postgresql"))).contains("cannot run inside a transaction")
                .contains("'Transactional: false'");
        assertThat(lint("DROP INDEX CONCURRENTLY users_email;")).containsExactly("concurrently-in-transaction");
        assertThat(lint("REINDEX INDEX CONCURRENTLY users_email;")).containsExactly("concurrently-in-transaction");
        assertThat(lintNonTransactional("BEGIN;\nCREATE INDEX CONCURRENTLY users_name ON users (name);\nCOMMIT;"))
                .containsExactly("concurrently-in-transaction");
        assertThat(lintNonTransactional("CREATE INDEX CONCURRENTLY users_name ON users (name);\n"
                + "DROP INDEX CONCURRENTLY users_email;")).isEmpty();
        // A table of the same revision does not help: the statement fails all the same.
        assertThat(lint(NEW_TABLE + "CREATE INDEX CONCURRENTLY audit_at ON audit (at);"))
                .containsExactly("concurrently-in-transaction");
    }

    @Test
    void foreignKeyWithoutNotValid() {
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_team FOREIGN KEY (team_id) REFERENCES teams (id);"))
                .containsExactly("foreign-key-without-not-valid");
        assertThat(message(revisions.lintLast("postgresql"))).contains("checks every row of users")
                .contains("SHARE ROW EXCLUSIVE locks on users and teams").contains("VALIDATE CONSTRAINT users_team");
        assertThat(lint("ALTER TABLE users ADD FOREIGN KEY (team_id) REFERENCES teams;"))
                .containsExactly("foreign-key-without-not-valid");
        revisions.add("ALTER TABLE users ADD CONSTRAINT users_team FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;");
        assertThat(rules(revisions.lintLast("postgresql"))).isEmpty();
        assertThat(lint("ALTER TABLE users VALIDATE CONSTRAINT users_team;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD CONSTRAINT audit_user FOREIGN KEY (user_id) REFERENCES users;"))
                .isEmpty();
    }

    @Test
    void checkWithoutNotValid() {
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_score CHECK (score >= 0);"))
                .containsExactly("check-without-not-valid");
        assertThat(message(revisions.lintLast("postgresql"))).contains("scans every row of users")
                .contains("ACCESS EXCLUSIVE").contains("NOT VALID").contains("VALIDATE CONSTRAINT users_score");
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_score CHECK (score >= 0) NOT VALID;")).isEmpty();
        assertThat(lint("ALTER TABLE users VALIDATE CONSTRAINT users_score;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD CONSTRAINT audit_note CHECK (note <> '');")).isEmpty();
    }

    @Test
    void uniqueWithoutUsingIndex() {
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"))
                .containsExactly("unique-without-using-index");
        assertThat(message(revisions.lintLast("postgresql"))).contains("builds its index on users")
                .contains("CREATE UNIQUE INDEX CONCURRENTLY").contains("UNIQUE USING INDEX");
        assertThat(lint("ALTER TABLE teams DROP CONSTRAINT teams_pkey, ADD PRIMARY KEY (id, title);"))
                .containsExactly("unique-without-using-index");
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email) USING INDEX TABLESPACE fast;"))
                .containsExactly("unique-without-using-index");
        assertThat(lintNonTransactional("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);")).isEmpty();
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);")).isEmpty();
    }

    @Test
    void setNotNullWithoutAValidatedCheck() {
        assertThat(lint("ALTER TABLE users ALTER COLUMN email SET NOT NULL;")).containsExactly("set-not-null-without-check");
        assertThat(message(revisions.lintLast("postgresql"))).contains("scans every row")
                .contains("CHECK (email IS NOT NULL) NOT VALID");
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;")).isEmpty();
        // Not validated yet: SET NOT NULL still scans.
        assertThat(lint("ALTER TABLE users ALTER email SET NOT NULL;")).containsExactly("set-not-null-without-check");
        assertThat(lint("ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN email SET NOT NULL, DROP CONSTRAINT users_email_nn;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ALTER COLUMN at SET NOT NULL;")).isEmpty();
    }

    @Test
    void setNotNullBeforePostgresql12SaysTheCheckDoesNotHelp() {
        revisions.add("ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        assertThat(message(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "11.22"))))
                .contains("PostgreSQL 11.22 scans even then: keep a validated CHECK (email IS NOT NULL)");
    }

    @Test
    void columnTypeChangeThatRewritesTheTable() {
        assertThat(lint("ALTER TABLE users ALTER COLUMN team_id TYPE INTEGER;")).containsExactly("column-type-rewrite");
        assertThat(message(revisions.lintLast("postgresql"))).contains("(from bigint) rewrites users and its indexes")
                .contains("add a new column, fill it in batches");
        assertThat(lint("ALTER TABLE users ALTER COLUMN created TYPE TIMESTAMPTZ;")).containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER COLUMN score TYPE NUMERIC(12, 3);")).containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(20);")).containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER COLUMN bio TYPE VARCHAR(100);")).containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER COLUMN email TYPE TEXT USING lower(email);"))
                .containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER COLUMN nickname TYPE TEXT;")).containsExactly("column-type-rewrite");
        assertThat(message(revisions.lintLast("postgresql"))).contains("the revisions before do not show nickname's type");
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ALTER COLUMN id TYPE INTEGER;")).isEmpty();
    }

    @Test
    void wideningsChangeNoRowsAndAreNotFlagged() {
        assertThat(lint("ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(80);")).isEmpty();
        // The history now says varchar(80): a later shrink is flagged, a later widening is not.
        assertThat(lint("ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(60);")).containsExactly("column-type-rewrite");
        assertThat(lint("ALTER TABLE users ALTER name SET DATA TYPE character varying;")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN email TYPE TEXT USING email::text;")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN bio TYPE VARCHAR;")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN score TYPE DECIMAL(14, 2);")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN score TYPE NUMERIC;")).isEmpty();
    }

    @Test
    void volatileDefault() {
        assertThat(lint("ALTER TABLE users ADD COLUMN token UUID DEFAULT gen_random_uuid();"))
                .containsExactly("volatile-default");
        assertThat(message(revisions.lintLast("postgresql"))).startsWith("ADD COLUMN token DEFAULT gen_random_uuid()"
                + " computes a new value for every existing row of users in a rewrite under an ACCESS EXCLUSIVE lock");
        assertThat(lint("ALTER TABLE users ADD COLUMN r DOUBLE PRECISION NOT NULL DEFAULT (random() * 10);"))
                .containsExactly("volatile-default");
        assertThat(lint("ALTER TABLE users ADD COLUMN seen TIMESTAMPTZ NOT NULL DEFAULT now();")).isEmpty();
        assertThat(lint("ALTER TABLE users ADD COLUMN kind TEXT DEFAULT 'user'::text NOT NULL;")).isEmpty();
        assertThat(lint("ALTER TABLE users ADD COLUMN token2 UUID;\n"
                + "ALTER TABLE users ALTER COLUMN token2 SET DEFAULT gen_random_uuid();")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD COLUMN token UUID DEFAULT gen_random_uuid();")).isEmpty();
    }

    @Test
    void storedGeneratedColumn() {
        assertThat(lint("ALTER TABLE users ADD COLUMN email_lower TEXT GENERATED ALWAYS AS (lower(email)) STORED;"))
                .containsExactly("stored-generated-column");
        assertThat(lint("ALTER TABLE users ADD COLUMN email_lower TEXT;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD COLUMN n TEXT GENERATED ALWAYS AS (upper(note)) STORED;")).isEmpty();
    }

    @Test
    void anyDefaultRewritesBeforePostgresql11() {
        revisions.add("ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;");
        assertThat(rules(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "10.23"))))
                .containsExactly("default-before-postgresql-11");
        assertThat(message(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "10.23"))))
                .contains("rewrites users on PostgreSQL 10.23");
        assertThat(rules(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "11.0")))).isEmpty();
        assertThat(rules(revisions.lintLast("postgresql"))).as("an unknown version is taken as a current one").isEmpty();
        revisions.add("ALTER TABLE users ADD COLUMN active2 BOOLEAN;\nALTER TABLE users ALTER COLUMN active2 SET DEFAULT true;"
                + "\nALTER TABLE users ADD COLUMN nothing TEXT DEFAULT NULL;");
        assertThat(rules(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "10.23")))).isEmpty();
        revisions.add(NEW_TABLE + "ALTER TABLE audit ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;");
        assertThat(rules(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "10.23")))).isEmpty();
    }

    @Test
    void addSerialOrIdentityColumn() {
        assertThat(lint("ALTER TABLE teams ADD COLUMN seq BIGSERIAL;")).containsExactly("add-serial-column");
        assertThat(lint("ALTER TABLE teams ADD COLUMN seq2 BIGINT GENERATED ALWAYS AS IDENTITY;"))
                .containsExactly("add-serial-column");
        assertThat(lint("ALTER TABLE teams ADD COLUMN seq3 BIGINT;\nCREATE SEQUENCE teams_seq3;\n"
                + "ALTER TABLE teams ALTER COLUMN seq3 SET DEFAULT nextval('teams_seq3');")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD COLUMN seq SERIAL;")).isEmpty();
    }

    @Test
    void vacuumFull() {
        assertThat(lintNonTransactional("VACUUM FULL users;")).containsExactly("vacuum-full");
        assertThat(lintNonTransactional("VACUUM (FULL, ANALYZE) users;")).containsExactly("vacuum-full");
        assertThat(lintNonTransactional("VACUUM (ANALYZE) users;")).isEmpty();
        assertThat(lintNonTransactional("VACUUM (FULL false) users;")).isEmpty();
        assertThat(lintNonTransactional(NEW_TABLE + "VACUUM FULL audit;")).isEmpty();
    }

    @Test
    void cluster() {
        assertThat(lint("CLUSTER users USING users_email;")).containsExactly("cluster");
        assertThat(message(revisions.lintLast("postgresql"))).contains("pg_repack");
        assertThat(lint("ALTER TABLE users CLUSTER ON users_email;")).isEmpty();
        assertThat(lint(NEW_TABLE + "CREATE INDEX audit_at ON audit (at);\nCLUSTER audit USING audit_at;")).isEmpty();
    }

    @Test
    void reindexWithoutConcurrently() {
        assertThat(lint("REINDEX INDEX users_email;")).containsExactly("reindex-without-concurrently");
        assertThat(lint("REINDEX (VERBOSE) TABLE users;")).containsExactly("reindex-without-concurrently");
        assertThat(lintNonTransactional("REINDEX INDEX CONCURRENTLY users_email;")).isEmpty();
        assertThat(lintNonTransactional("REINDEX (VERBOSE, CONCURRENTLY) TABLE users;")).isEmpty();
        assertThat(lint(NEW_TABLE + "REINDEX TABLE audit;")).isEmpty();
        revisions.add("REINDEX TABLE users;");
        assertThat(message(revisions.lintLast(Revisions.server("postgresql", "PostgreSQL", "11.5"))))
                .contains("PostgreSQL 11.5 has no REINDEX CONCURRENTLY");
    }

    @Test
    void lockTable() {
        assertThat(lint("LOCK TABLE users;")).containsExactly("lock-table");
        assertThat(message(revisions.lintLast("postgresql"))).contains("takes an ACCESS EXCLUSIVE lock, blocking reads and writes");
        assertThat(lint("LOCK users, teams IN SHARE MODE NOWAIT;")).containsExactly("lock-table");
        assertThat(lint("LOCK TABLE users IN SHARE UPDATE EXCLUSIVE MODE;")).isEmpty();
        assertThat(lint(NEW_TABLE + "LOCK TABLE audit;")).isEmpty();
    }

    @Test
    void renamesAndDropsBreakRunningInstances() {
        assertThat(lint("ALTER TABLE users RENAME COLUMN bio TO about;")).containsExactly("rename-column");
        assertThat(lint("ALTER TABLE teams RENAME TO squads;")).containsExactly("rename-table");
        assertThat(lint("ALTER TABLE users DROP COLUMN about;")).containsExactly("drop-column");
        assertThat(lint("DROP TABLE IF EXISTS squads CASCADE;")).containsExactly("drop-table");
        assertThat(lint("-- psm:lint-ignore drop-column release 2.4 no longer reads it\n"
                + "ALTER TABLE users DROP COLUMN email;")).isEmpty();
        assertThat(lint("-- psm:lint-ignore drop-table nothing has used squads since release 2.2\n"
                + "DROP TABLE squads;")).isEmpty();
        // The way the rename message says: a new column beside the old one, filled from it.
        assertThat(lint("ALTER TABLE users ADD COLUMN display_name VARCHAR(40);\n"
                + "UPDATE users SET display_name = name WHERE display_name IS NULL;")).isEmpty();
        // A rebuilt copy swapped in under the old name: running instances find the table they use.
        assertThat(lint("CREATE TABLE teams_new (id BIGINT PRIMARY KEY, title TEXT NOT NULL);\n"
                + "INSERT INTO teams_new SELECT id, coalesce(title, '') FROM teams;\n"
                + "DROP TABLE teams;\nALTER TABLE teams_new RENAME TO teams;")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit RENAME COLUMN note TO remark;\n"
                + "ALTER TABLE audit DROP COLUMN remark;\nALTER TABLE audit RENAME TO audits;\nDROP TABLE audits;")).isEmpty();
    }

    private java.util.List<String> lint(String sql) {
        revisions.add(sql);
        return rules(revisions.lintLast("postgresql"));
    }

    private java.util.List<String> lintNonTransactional(String sql) {
        revisions.add(sql, NOT_TRANSACTIONAL);
        return rules(revisions.lintLast("postgresql"));
    }
}
