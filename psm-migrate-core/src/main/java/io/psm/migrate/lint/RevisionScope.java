package io.psm.migrate.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one revision did so far: the tables and indexes it created (a rule leaves those alone:
 * nobody uses them yet), and session settings that change what later statements do. Not
 * thread-safe; one per revision.
 */
final class RevisionScope {

    private final boolean transactional;
    private final List<Shape> shapes;
    private int current;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdIndexes = new HashSet<>();
    private boolean foreignKeyChecks = true;
    private boolean explicitTransaction;

    /**
     * @param transactional whether the revision runs in one transaction
     * @param shapes        the shapes of all its statements, in order, so that a rule can see what follows
     */
    RevisionScope(boolean transactional, List<Shape> shapes) {
        this.transactional = transactional;
        this.shapes = List.copyOf(shapes);
    }

    /**
     * Whether a later statement of the revision creates a table of this name again, or renames one
     * to it (a table swapped for a rebuilt copy keeps its name for running instances).
     */
    boolean replacedLater(Name table) {
        for (Shape shape : shapes.subList(Math.min(current + 1, shapes.size()), shapes.size())) {
            if (shape instanceof Shape.CreateTable create && create.table().sameAs(table)) {
                return true;
            }
            if (shape instanceof Shape.RenameTables rename && rename.to().stream().anyMatch(table::sameAs)) {
                return true;
            }
            if (shape instanceof Shape.AlterTable alter && alter.actions().stream().anyMatch(action ->
                    action instanceof AlterAction.RenameTable rename && rename.newName().sameAs(table))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement being checked runs in a transaction: the revision's own (its header
     * does not say {@code Transactional: false}), or one the script opened with {@code BEGIN}.
     */
    boolean transactional() {
        return transactional || explicitTransaction;
    }

    /**
     * Records an explicit {@code BEGIN}, {@code COMMIT} or the like of a {@code Transactional: false}
     * script (the engine skips them in a transactional one).
     *
     * @param opens whether it opens a transaction ({@code BEGIN}, {@code START TRANSACTION})
     */
    void transactionControl(Opening opens) {
        explicitTransaction = opens == Opening.OPENS;
    }

    /** Whether a transaction-control statement opens a transaction or ends one. */
    enum Opening { OPENS, ENDS }

    /** Whether this revision created the table, before the statement being checked. */
    boolean created(Name table) {
        return createdTables.contains(table.last());
    }

    /** Whether this revision created the index, before the statement being checked. */
    boolean createdIndex(Name index) {
        return createdIndexes.contains(index.last());
    }

    /** Whether MySQL's {@code foreign_key_checks} is on (it is unless the revision turned it off). */
    boolean foreignKeyChecks() {
        return foreignKeyChecks;
    }

    /** Records what a statement did, and moves on to the next. */
    void apply(Shape shape) {
        current++;
        if (shape instanceof Shape.CreateTable create) {
            createdTables.add(create.table().last());
        } else if (shape instanceof Shape.CreateIndex index) {
            index.index().ifPresent(name -> createdIndexes.add(name.last()));
        } else if (shape instanceof Shape.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameTable rename && createdTables.remove(alter.table().last())) {
                    createdTables.add(rename.newName().last());
                }
            }
        } else if (shape instanceof Shape.RenameTables rename) {
            for (int i = 0; i < rename.from().size(); i++) {
                if (createdTables.remove(rename.from().get(i).last())) {
                    createdTables.add(rename.to().get(i).last());
                }
            }
        } else if (shape instanceof Shape.SetVariable set && set.variable().equals("foreign_key_checks")) {
            foreignKeyChecks = !Set.of("0", "off", "false").contains(set.value().toLowerCase(Locale.ROOT));
        }
    }
}
