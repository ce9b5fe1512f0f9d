package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL's and MariaDB's rules (InnoDB online DDL): an {@code ALTER TABLE} must be able to run
 * {@code ALGORITHM=INSTANT}, or {@code INPLACE} with {@code LOCK=NONE}. Operations that can only copy
 * the table, or only run in place with writes blocked, are flagged unless the statement forbids that
 * itself ({@code ALGORITHM=INPLACE, LOCK=NONE}: the server then refuses instead). Adding a column,
 * an index or a primary key, dropping a column or an index, renaming, and changing only a default,
 * the nullability or a {@code VARCHAR} length within its length prefix are online (adding a column
 * at the end is even instant since MariaDB 10.3 and MySQL 8.0.12), so they are not flagged.
 */
final class MysqlRules implements RuleSet {

    private static final Set<String> UUID_FUNCTIONS = Set.of("uuid", "uuid_short", "sys_guid");

    private static final String TOOL = "an online schema change tool (gh-ost, pt-online-schema-change)";

    private static final String REFUSE = "add ALGORITHM=INPLACE, LOCK=NONE so that the server refuses rather than copies";

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.MYSQL;
    }

    @Override
    public List<Hit> check(Shape shape, StatementContext context) {
        List<Hit> hits = new ArrayList<>(CompatibilityRules.check(shape, context));
        if (shape instanceof Shape.AlterTable alter && !context.isNew(alter.table())) {
            alterTable(alter, context, hits);
        } else if (shape instanceof Shape.CreateIndex index && !context.isNew(index.table())
                && (index.kind() == Shape.IndexKind.FULLTEXT || index.kind() == Shape.IndexKind.SPATIAL)
                && !index.online().forbidsWriteLock()) {
            hits.add(blocksWrites(index.table(), "CREATE " + index.kind() + " INDEX", "build it while the table is"
                    + " small, or with " + TOOL));
        } else if (shape instanceof Shape.LockTable lock && !lock.tables().stream().allMatch(context::isNew)) {
            hits.add(new Hit(LintRule.LOCK_TABLE, "LOCK TABLES " + PostgresRules.names(lock.tables()) + " " + lock.mode()
                    + " blocks " + (lock.mode().equals("WRITE") ? "reads and writes" : "writes") + " of them until they"
                    + " are unlocked; let each statement take the lock it needs, for less time"));
        }
        return hits;
    }

    private void alterTable(Shape.AlterTable alter, StatementContext context, List<Hit> hits) {
        Name table = alter.table();
        boolean addsPrimaryKey = alter.actions().stream().anyMatch(action -> action instanceof AlterAction.AddConstraint add
                && add.kind() == AlterAction.ConstraintKind.PRIMARY_KEY);
        for (AlterAction action : alter.actions()) {
            if (!alter.online().forbidsCopy()) {
                copies(table, action, addsPrimaryKey, context).ifPresent(hits::add);
            }
            if (!alter.online().forbidsWriteLock()) {
                blocksWrites(table, action).ifPresent(hits::add);
            }
        }
    }

    /** The copy an action forces, if any. */
    private static Optional<Hit> copies(Name table, AlterAction action, boolean addsPrimaryKey, StatementContext context) {
        if (action instanceof AlterAction.ModifyColumn modify) {
            return modify(table, modify, context);
        }
        if (action instanceof AlterAction.DropPrimaryKey && !addsPrimaryKey) {
            return Optional.of(copy(table, "DROP PRIMARY KEY without ADD PRIMARY KEY", "drop and add the primary key"
                    + " in one ALTER TABLE, which runs in place"));
        }
        if (action instanceof AlterAction.ConvertCharset) {
            return Optional.of(copy(table, "CONVERT TO CHARACTER SET", "use " + TOOL));
        }
        if (action instanceof AlterAction.AddColumn add) {
            ColumnDefinition column = add.column();
            if (column.generation() == ColumnDefinition.Generation.STORED) {
                return Optional.of(copy(table, "ADD COLUMN " + column.name() + " … STORED", "add it VIRTUAL, which"
                        + " runs in place, or use " + TOOL));
            }
            if (Tokens.callsAny(column.defaultValue(), UUID_FUNCTIONS)) {
                return Optional.of(copy(table, "ADD COLUMN " + column.name() + " DEFAULT " + column.defaultText(),
                        "add the column without that default and fill it in batches"));
            }
        }
        if (action instanceof AlterAction.AddConstraint add) {
            if (add.kind() == AlterAction.ConstraintKind.FOREIGN_KEY && context.scope().foreignKeyChecks()) {
                return Optional.of(copy(table, "ADD FOREIGN KEY with foreign_key_checks on", "SET foreign_key_checks"
                        + " = 0 before it in this revision, so that it runs in place (rows already there are then not"
                        + " checked)"));
            }
            if (add.kind() == AlterAction.ConstraintKind.CHECK) {
                return Optional.of(copy(table, "ADD CHECK", "check the rule in the application, or use " + TOOL));
            }
        }
        return Optional.empty();
    }

    private static Optional<Hit> modify(Name table, AlterAction.ModifyColumn modify, StatementContext context) {
        Optional<ColumnType> before = context.schema().columnType(table, modify.column());
        Optional<ColumnType> after = modify.defined().type();
        String what = "MODIFY " + modify.column();
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.of(copy(table, what + " (the revisions before do not show its type, and a type change"
                    + " copies)", "if the type stays, " + REFUSE + "; to change it, add a new column and fill it in"
                    + " batches, or use " + TOOL));
        }
        return switch (MysqlTypes.change(before.get(), after.get())) {
            case IN_PLACE -> Optional.empty();
            case MAYBE_COPY -> Optional.of(new Hit(LintRule.ALTER_COPIES_TABLE, "ALTER TABLE " + table + " " + what
                    + " from " + before.get() + " to " + after.get() + " copies the table (ALGORITHM=COPY) when the"
                    + " longer values need a two-byte length prefix (past 255 bytes: past 63 characters in utf8mb4),"
                    + " blocking writes to " + table + " until the copy is done; " + REFUSE + ", or use " + TOOL));
            case COPY -> Optional.of(copy(table, what + " from " + before.get() + " to " + after.get(), "add a new"
                    + " column and fill it in batches, or use " + TOOL));
        };
    }

    /** The write lock an action takes while it runs in place, if any. */
    private static Optional<Hit> blocksWrites(Name table, AlterAction action) {
        if (action instanceof AlterAction.AddConstraint add
                && (add.kind() == AlterAction.ConstraintKind.FULLTEXT || add.kind() == AlterAction.ConstraintKind.SPATIAL)) {
            return Optional.of(blocksWrites(table, "ADD " + add.kind() + " INDEX", "add it while the table is small,"
                    + " or with " + TOOL));
        }
        if (action instanceof AlterAction.AddColumn add && add.column().generation() == ColumnDefinition.Generation.SEQUENCE) {
            return Optional.of(blocksWrites(table, "ADD COLUMN " + add.column().name() + " AUTO_INCREMENT", "add a"
                    + " plain column and number the rows in batches, or use " + TOOL));
        }
        return Optional.empty();
    }

    private static Hit copy(Name table, String what, String safe) {
        return new Hit(LintRule.ALTER_COPIES_TABLE, "ALTER TABLE " + table + " " + what + " copies the table"
                + " (ALGORITHM=COPY), blocking writes to " + table + " until the copy is done; " + safe);
    }

    private static Hit blocksWrites(Name table, String what, String safe) {
        return new Hit(LintRule.ALTER_BLOCKS_WRITES, what + " on " + table + " runs in place but blocks writes"
                + " (LOCK=SHARED) until it is done; " + safe);
    }
}
