package io.psm.migrate.autogenerate.diff;

import java.util.List;

/** Says where a removal next to an addition may be a rename, which autogenerate cannot tell from a drop and an add. */
final class RenameWarnings {

    private RenameWarnings() {
    }

    static List<String> forTables(List<SchemaChange> changes) {
        List<String> added = changes.stream().filter(AddTable.class::isInstance)
                .map(change -> ((AddTable) change).table().name()).toList();
        return changes.stream().filter(RemoveTable.class::isInstance)
                .map(change -> ((RemoveTable) change).table().name())
                .filter(removed -> !added.isEmpty())
                .map(removed -> "Table " + Names.quoted(removed) + " is dropped while " + quoted(added) + " is created;"
                        + " a rename cannot be detected: if it is one, replace the DROP and CREATE with"
                        + " ALTER TABLE ... RENAME TO ... to keep the rows")
                .toList();
    }

    static List<String> forColumns(String table, List<SchemaChange> changes) {
        List<String> added = changes.stream().filter(AddColumn.class::isInstance)
                .map(change -> ((AddColumn) change).column().name()).toList();
        return changes.stream().filter(RemoveColumn.class::isInstance)
                .map(change -> ((RemoveColumn) change).column().name())
                .filter(removed -> !added.isEmpty())
                .map(removed -> "Column " + Names.column(table, removed) + " is dropped while " + quoted(added)
                        + " is added; a rename cannot be detected: if it is one, replace the DROP and ADD with"
                        + " ALTER TABLE ... RENAME COLUMN ... to keep the data")
                .toList();
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(Names::quoted).toList());
    }
}
