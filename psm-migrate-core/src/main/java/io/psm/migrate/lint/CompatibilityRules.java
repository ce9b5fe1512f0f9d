package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules that hold on every database: while a release rolls out, instances of the previous
 * release still run against the migrated database, so a table or column they use must not be
 * renamed or dropped under them. A table dropped and replaced by another of the same name in the
 * same revision (a rebuilt copy swapped in) is not flagged.
 */
final class CompatibilityRules {

    private CompatibilityRules() {
    }

    /** The renames and drops of tables that existed before the statement's revision. */
    static List<Hit> check(Shape shape, StatementContext context) {
        List<Hit> hits = new ArrayList<>();
        if (shape instanceof Shape.DropTable drop) {
            drop.tables().stream().filter(table -> !context.isNew(table) && !context.scope().replacedLater(table))
                    .forEach(table -> hits.add(dropTable(table)));
        } else if (shape instanceof Shape.RenameTables rename) {
            for (int i = 0; i < rename.from().size(); i++) {
                if (!context.isNew(rename.from().get(i))) {
                    hits.add(renameTable(rename.from().get(i), rename.to().get(i)));
                }
            }
        } else if (shape instanceof Shape.AlterTable alter && !context.isNew(alter.table())) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropColumn drop) {
                    hits.add(new Hit(LintRule.DROP_COLUMN, "DROP COLUMN " + alter.table() + "." + drop.column()
                            + ": instances of the running release still read and write it, and fail until they are"
                            + " replaced; release code that no longer uses the column first, drop it in a later"
                            + " release, and say so here with '-- psm:lint-ignore drop-column <why>'"));
                } else if (action instanceof AlterAction.RenameColumn rename) {
                    hits.add(new Hit(LintRule.RENAME_COLUMN, "RENAME COLUMN " + alter.table() + "." + rename.column()
                            + " TO " + rename.newName() + ": instances of the running release still use the old name,"
                            + " and fail until they are replaced; add the new column, write both, backfill, move the"
                            + " reads, and drop the old column in a later release"));
                } else if (action instanceof AlterAction.RenameTable rename) {
                    hits.add(renameTable(alter.table(), rename.newName()));
                }
            }
        }
        return hits;
    }

    private static Hit dropTable(Name table) {
        return new Hit(LintRule.DROP_TABLE, "DROP TABLE " + table + ": instances of the running release may still use"
                + " it, and fail until they are replaced; release code that no longer uses the table first, drop it in"
                + " a later release, and say so here with '-- psm:lint-ignore drop-table <why>'");
    }

    private static Hit renameTable(Name table, Name newName) {
        return new Hit(LintRule.RENAME_TABLE, "RENAME " + table + " TO " + newName + ": instances of the running"
                + " release still use the old name, and fail until they are replaced; create the new table beside it"
                + " and move to it over several releases, or keep the old name as a view until no running code uses it");
    }
}
