package io.psm.migrate.lint;

import java.util.Optional;
import java.util.Set;

/** PostgreSQL's rules for the actions of an {@code ALTER TABLE} on a table that existed before the revision. */
final class PostgresAlterRules {

    /**
     * Functions whose value differs from row to row: a default that calls one is computed for every
     * existing row, so adding the column rewrites the table. {@code now()} and
     * {@code current_timestamp} are stable within a transaction and are not among them.
     */
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "random", "random_normal", "clock_timestamp",
            "timeofday", "nextval", "gen_random_bytes");

    private static final String ACCESS_EXCLUSIVE = "under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done";

    private PostgresAlterRules() {
    }

    /** The rule an action breaks, if any. */
    static Optional<Hit> check(Name table, AlterAction action, StatementContext context) {
        if (action instanceof AlterAction.AddColumn add) {
            return addColumn(table, add.column(), context);
        }
        if (action instanceof AlterAction.AddConstraint add) {
            return addConstraint(table, add);
        }
        if (action instanceof AlterAction.SetNotNull set && !context.schema().hasValidatedNotNullCheck(table, set.column())) {
            return Optional.of(setNotNull(table, set.column(), context));
        }
        if (action instanceof AlterAction.AlterColumnType alter) {
            return columnType(table, alter, context);
        }
        return Optional.empty();
    }

    private static Optional<Hit> addColumn(Name table, ColumnDefinition column, StatementContext context) {
        String add = "ADD COLUMN " + column.name();
        if (column.generation() == ColumnDefinition.Generation.SEQUENCE) {
            return Optional.of(new Hit(LintRule.ADD_SERIAL_COLUMN, add + " numbers every existing row of " + table
                    + " in a rewrite " + ACCESS_EXCLUSIVE + "; add a plain bigint column, give it a sequence with"
                    + " ALTER COLUMN … SET DEFAULT nextval(…), and number the existing rows in batches"));
        }
        if (column.generation() == ColumnDefinition.Generation.STORED) {
            return Optional.of(new Hit(LintRule.STORED_GENERATED_COLUMN, add + " GENERATED … STORED computes every"
                    + " existing row of " + table + " in a rewrite " + ACCESS_EXCLUSIVE + "; add a plain column, fill"
                    + " it in batches and keep it current with a trigger, or compute the value in a view or query"));
        }
        if (Tokens.callsAny(column.defaultValue(), VOLATILE_FUNCTIONS)) {
            return Optional.of(new Hit(LintRule.VOLATILE_DEFAULT, add + " DEFAULT " + column.defaultText()
                    + " computes a new value for every existing row of " + table + " in a rewrite " + ACCESS_EXCLUSIVE
                    + "; add the column without a default, then SET DEFAULT for new rows and fill the existing rows in"
                    + " batches"));
        }
        if (column.hasDefault() && context.olderThan(11, 0)) {
            return Optional.of(new Hit(LintRule.DEFAULT_BEFORE_POSTGRESQL_11, add + " DEFAULT " + column.defaultText()
                    + " rewrites " + table + " on " + context.version().orElseThrow() + " (only PostgreSQL 11 and later"
                    + " add a column with a default without one) " + ACCESS_EXCLUSIVE + "; add the column without a"
                    + " default, then SET DEFAULT for new rows and fill the existing rows in batches"));
        }
        return Optional.empty();
    }

    private static Optional<Hit> addConstraint(Name table, AlterAction.AddConstraint add) {
        String name = add.name().orElse("…");
        String constraint = "ADD CONSTRAINT " + add.name().map(n -> n + " ").orElse("");
        switch (add.kind()) {
            case FOREIGN_KEY -> {
                if (add.notValid()) {
                    return Optional.empty();
                }
                String both = table + add.referenced().map(referenced -> " and " + referenced).orElse("");
                return Optional.of(new Hit(LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, constraint + "FOREIGN KEY checks"
                        + " every row of " + table + " while it holds SHARE ROW EXCLUSIVE locks on " + both
                        + ", blocking their writes; add it NOT VALID (new rows are checked at once), then VALIDATE"
                        + " CONSTRAINT " + name + " in a later revision, which blocks no reads or writes"));
            }
            case CHECK -> {
                if (add.notValid()) {
                    return Optional.empty();
                }
                return Optional.of(new Hit(LintRule.CHECK_WITHOUT_NOT_VALID, constraint + "CHECK scans every row of "
                        + table + " " + ACCESS_EXCLUSIVE + "; add it NOT VALID (new rows are checked at once), then"
                        + " VALIDATE CONSTRAINT " + name + " in a later revision, which blocks no reads or writes"));
            }
            case UNIQUE, PRIMARY_KEY -> {
                if (add.usingIndex()) {
                    return Optional.empty();
                }
                String kind = add.kind() == AlterAction.ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
                return Optional.of(new Hit(LintRule.UNIQUE_WITHOUT_USING_INDEX, constraint + kind + " builds its"
                        + " index on " + table + " " + ACCESS_EXCLUSIVE + "; build the index first with CREATE UNIQUE"
                        + " INDEX CONCURRENTLY (in a revision marked 'Transactional: false'), then ADD CONSTRAINT "
                        + name + " " + kind + " USING INDEX that index"));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Hit setNotNull(Name table, String column, StatementContext context) {
        String safe = context.olderThan(12, 0)
                ? "PostgreSQL " + context.version().orElseThrow() + " scans even then: keep a validated CHECK ("
                + column + " IS NOT NULL) instead of NOT NULL"
                : "add CHECK (" + column + " IS NOT NULL) NOT VALID and VALIDATE it first (in an earlier revision),"
                + " and SET NOT NULL then skips the scan";
        return new Hit(LintRule.SET_NOT_NULL_WITHOUT_CHECK, "SET NOT NULL on " + table + "." + column + " scans every"
                + " row " + ACCESS_EXCLUSIVE + "; " + safe);
    }

    private static Optional<Hit> columnType(Name table, AlterAction.AlterColumnType alter, StatementContext context) {
        Optional<ColumnType> before = context.schema().columnType(table, alter.column());
        String change = "ALTER COLUMN " + alter.column() + " TYPE " + alter.type();
        String safe = "; add a new column, fill it in batches and move to it; only widenings such as varchar(n) to a"
                + " larger n or to text, or numeric with more precision and the same scale, change no rows";
        if (alter.rewriteUsing()) {
            return Optional.of(new Hit(LintRule.COLUMN_TYPE_REWRITE, change + " USING … computes every value anew,"
                    + " rewriting " + table + " and its indexes " + ACCESS_EXCLUSIVE + safe));
        }
        if (before.isEmpty()) {
            return Optional.of(new Hit(LintRule.COLUMN_TYPE_REWRITE, change + " rewrites " + table + " and its indexes "
                    + ACCESS_EXCLUSIVE + " unless it only widens the type, and the revisions before do not show "
                    + alter.column() + "'s type" + safe));
        }
        if (PostgresTypes.keepsRows(before.get(), alter.type())) {
            return Optional.empty();
        }
        return Optional.of(new Hit(LintRule.COLUMN_TYPE_REWRITE, change + " (from " + before.get() + ") rewrites "
                + table + " and its indexes " + ACCESS_EXCLUSIVE + safe));
    }
}
