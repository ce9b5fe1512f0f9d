package io.psm.migrate.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lint's rules, each with the stable id that findings print and that
 * {@code -- psm:lint-ignore <id> <reason>} names. Which rules apply depends on the database: the
 * PostgreSQL rules, the MySQL/MariaDB rules, and the rename and drop rules that hold everywhere.
 */
public enum LintRule {

    /** PostgreSQL: {@code CREATE INDEX} without {@code CONCURRENTLY} on a table that exists. */
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently"),
    /** PostgreSQL: {@code DROP INDEX} without {@code CONCURRENTLY}. */
    DROP_INDEX_WITHOUT_CONCURRENTLY("drop-index-without-concurrently"),
    /** PostgreSQL: {@code CREATE/DROP INDEX CONCURRENTLY} or {@code REINDEX CONCURRENTLY} in a transactional revision. */
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction"),
    /** PostgreSQL: {@code ADD CONSTRAINT … FOREIGN KEY} without {@code NOT VALID}. */
    FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid"),
    /** PostgreSQL: {@code ADD CONSTRAINT … CHECK} without {@code NOT VALID}. */
    CHECK_WITHOUT_NOT_VALID("check-without-not-valid"),
    /** PostgreSQL: {@code ADD CONSTRAINT … UNIQUE} or {@code PRIMARY KEY} that builds its index (not {@code USING INDEX}). */
    UNIQUE_WITHOUT_USING_INDEX("unique-without-using-index"),
    /** PostgreSQL: {@code SET NOT NULL} without a validated {@code CHECK (col IS NOT NULL)} before it. */
    SET_NOT_NULL_WITHOUT_CHECK("set-not-null-without-check"),
    /** PostgreSQL: {@code ALTER COLUMN … TYPE} that rewrites the table. */
    COLUMN_TYPE_REWRITE("column-type-rewrite"),
    /** PostgreSQL: {@code ADD COLUMN} with a volatile default ({@code gen_random_uuid()}, {@code random()}, …). */
    VOLATILE_DEFAULT("volatile-default"),
    /** PostgreSQL: {@code ADD COLUMN … GENERATED ALWAYS AS (…) STORED}. */
    STORED_GENERATED_COLUMN("stored-generated-column"),
    /** PostgreSQL before 11: {@code ADD COLUMN} with any default. */
    DEFAULT_BEFORE_POSTGRESQL_11("default-before-postgresql-11"),
    /** PostgreSQL: adding a {@code serial} or identity column to a table that exists. */
    ADD_SERIAL_COLUMN("add-serial-column"),
    /** PostgreSQL: {@code VACUUM FULL}. */
    VACUUM_FULL("vacuum-full"),
    /** PostgreSQL: {@code CLUSTER}. */
    CLUSTER("cluster"),
    /** PostgreSQL: {@code REINDEX} without {@code CONCURRENTLY}. */
    REINDEX_WITHOUT_CONCURRENTLY("reindex-without-concurrently"),
    /** PostgreSQL and MySQL: an explicit {@code LOCK TABLE} in a mode that blocks writes. */
    LOCK_TABLE("lock-table"),
    /** MySQL/MariaDB: an {@code ALTER TABLE} that can only copy the table ({@code ALGORITHM=COPY}). */
    ALTER_COPIES_TABLE("alter-copies-table"),
    /** MySQL/MariaDB: an {@code ALTER TABLE} or {@code CREATE INDEX} that runs in place but blocks writes ({@code LOCK=SHARED}). */
    ALTER_BLOCKS_WRITES("alter-blocks-writes"),
    /** Every database: renaming a column that running instances use. */
    RENAME_COLUMN("rename-column"),
    /** Every database: renaming a table that running instances use. */
    RENAME_TABLE("rename-table"),
    /** Every database: dropping a column that running instances may still use. */
    DROP_COLUMN("drop-column"),
    /** Every database: dropping a table that running instances may still use. */
    DROP_TABLE("drop-table"),
    /** A {@code psm:lint-ignore} comment without a reason, naming no rule, or before no statement; it cannot be suppressed. */
    INVALID_LINT_IGNORE("invalid-lint-ignore");

    private final String id;

    LintRule(String id) {
        this.id = id;
    }

    /** The rule's id, as findings print it and {@code psm:lint-ignore} names it: {@code index-without-concurrently}. */
    public String id() {
        return id;
    }

    /**
     * The rule with this id.
     *
     * @param id a rule id, as written (case matters)
     * @return the rule; empty when no rule has this id
     */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
