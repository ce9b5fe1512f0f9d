package io.psm.migrate.version;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.VersionChange;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The SQL of one {@link VersionChange}: with bind parameters to run, or with literal ids for an
 * offline script (safe: ids are checked against {@code [A-Za-z0-9_]{1,32}} first).
 *
 * @param change the change
 * @param table  the version table, qualified and quoted
 */
record VersionStatement(VersionChange change, String table) {

    /** The statement with a {@code ?} for each id. */
    String sql() {
        return text(id -> "?");
    }

    /** The ids to bind, in the order of the {@code ?}s. */
    List<String> parameters() {
        if (change instanceof VersionChange.Update update) {
            return List.of(update.to(), update.from());
        }
        return List.of(revision());
    }

    /** The statement with each id written as a string literal. */
    String literalSql() {
        return text(id -> "'" + checkedId(id) + "'");
    }

    /** The revision the change is about: the one inserted, deleted or updated to. */
    String revision() {
        if (change instanceof VersionChange.Insert insert) {
            return insert.revision();
        }
        if (change instanceof VersionChange.Delete delete) {
            return delete.revision();
        }
        return ((VersionChange.Update) change).to();
    }

    /** What the change expects to find, for messages. */
    String expected() {
        if (change instanceof VersionChange.Insert insert) {
            return "no row '" + insert.revision() + "'";
        }
        if (change instanceof VersionChange.Delete delete) {
            return "one row '" + delete.revision() + "' to delete";
        }
        VersionChange.Update update = (VersionChange.Update) change;
        return "one row '" + update.from() + "' to update to '" + update.to() + "'";
    }

    private String text(UnaryOperator<String> value) {
        if (change instanceof VersionChange.Insert insert) {
            return "INSERT INTO " + table + " (version_num) VALUES (" + value.apply(insert.revision()) + ")";
        }
        if (change instanceof VersionChange.Delete delete) {
            return "DELETE FROM " + table + " WHERE version_num = " + value.apply(delete.revision());
        }
        VersionChange.Update update = (VersionChange.Update) change;
        return "UPDATE " + table + " SET version_num = " + value.apply(update.to())
                + " WHERE version_num = " + value.apply(update.from());
    }

    private static String checkedId(String id) {
        if (!RevisionNode.isValidId(id)) {
            throw new IllegalArgumentException("Not a revision id, so not written as a literal: '" + id + "'");
        }
        return id;
    }
}
