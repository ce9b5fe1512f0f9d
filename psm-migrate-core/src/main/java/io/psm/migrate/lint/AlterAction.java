package io.psm.migrate.lint;

import java.util.Optional;

/** One action of an {@code ALTER TABLE}: the ones the rules look at, and {@link Other}. */
sealed interface AlterAction {

    /**
     * {@code ADD [COLUMN]}.
     *
     * @param column the new column
     */
    record AddColumn(ColumnDefinition column) implements AlterAction {
    }

    /**
     * {@code DROP [COLUMN]}.
     *
     * @param column the column
     */
    record DropColumn(String column) implements AlterAction {
    }

    /**
     * PostgreSQL's {@code ALTER [COLUMN] c [SET DATA] TYPE t [USING …]}.
     *
     * @param column     the column
     * @param type       the new type
     * @param rewriteUsing whether a {@code USING} expression computes the new values from something
     *                   other than the column itself (a cast of the column keeps its values)
     */
    record AlterColumnType(String column, ColumnType type, boolean rewriteUsing) implements AlterAction {
    }

    /**
     * {@code ALTER [COLUMN] c SET NOT NULL}.
     *
     * @param column the column
     */
    record SetNotNull(String column) implements AlterAction {
    }

    /**
     * {@code ADD [CONSTRAINT name] …}: a table constraint, or one of MySQL's indexes.
     *
     * @param name          the constraint's name, if given
     * @param kind          what it is
     * @param notValid      whether it says {@code NOT VALID}
     * @param usingIndex    whether it says {@code USING INDEX name} (an index built before)
     * @param notNullColumn for {@code CHECK (c IS NOT NULL)}, the column
     * @param referenced    for a foreign key, the table it references
     */
    record AddConstraint(Optional<String> name, ConstraintKind kind, boolean notValid, boolean usingIndex,
                         Optional<String> notNullColumn, Optional<Name> referenced) implements AlterAction {
    }

    /**
     * {@code VALIDATE CONSTRAINT name}.
     *
     * @param name the constraint
     */
    record ValidateConstraint(String name) implements AlterAction {
    }

    /** MySQL's {@code DROP PRIMARY KEY}. */
    record DropPrimaryKey() implements AlterAction {
    }

    /**
     * {@code RENAME [COLUMN] a TO b}, or MySQL's {@code CHANGE a b …} with another name.
     *
     * @param column  the old name
     * @param newName the new name
     */
    record RenameColumn(String column, String newName) implements AlterAction {
    }

    /**
     * {@code RENAME TO t}.
     *
     * @param newName the new name
     */
    record RenameTable(Name newName) implements AlterAction {
    }

    /**
     * MySQL's {@code MODIFY [COLUMN] c …} or {@code CHANGE [COLUMN] old c …}: the column restated whole.
     *
     * @param column  the column's current name
     * @param defined the column as restated
     */
    record ModifyColumn(String column, ColumnDefinition defined) implements AlterAction {
    }

    /** MySQL's {@code CONVERT TO CHARACTER SET …}. */
    record ConvertCharset() implements AlterAction {
    }

    /**
     * Anything else ({@code ALTER COLUMN c SET DEFAULT}, {@code DROP CONSTRAINT}, …).
     *
     * @param text the action, for debugging
     */
    record Other(String text) implements AlterAction {
    }

    /** The kinds of constraint (and MySQL index) an {@code ADD} adds. */
    enum ConstraintKind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE, INDEX, FULLTEXT, SPATIAL }
}
