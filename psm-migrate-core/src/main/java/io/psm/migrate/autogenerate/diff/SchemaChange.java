package io.psm.migrate.autogenerate.diff;

import java.util.List;

/**
 * One difference between the entity model and the database, as a change that brings the database to
 * the model.
 *
 * <p>Every change knows its report line (Alembic's wording), its inverse (which undoes it exactly,
 * because a change that removes something carries that thing's full definition from the database)
 * and the warnings that go with running it.
 */
public sealed interface SchemaChange permits AddTable, RemoveTable, AddColumn, RemoveColumn, AlterColumnType,
        AlterColumnNullability, AddIndex, RemoveIndex, AddUniqueConstraint, RemoveUniqueConstraint, AddForeignKey,
        RemoveForeignKey, AddSequence, RemoveSequence {

    /** The line autogenerate prints for this change, e.g. {@code Detected added column 'users.phone'}. */
    String reportLine();

    /** The change that undoes this one. */
    SchemaChange inverse();

    /** What running this change may cost (lost data, failures on existing rows), one sentence each. */
    default List<String> warnings() {
        return List.of();
    }

    /** Calls the visitor's method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change, so that code handling changes covers them all. */
    interface Visitor<R> {

        /** Visits an added table. */
        R addTable(AddTable change);

        /** Visits a removed table. */
        R removeTable(RemoveTable change);

        /** Visits an added column. */
        R addColumn(AddColumn change);

        /** Visits a removed column. */
        R removeColumn(RemoveColumn change);

        /** Visits a type change. */
        R alterColumnType(AlterColumnType change);

        /** Visits a nullability change. */
        R alterColumnNullability(AlterColumnNullability change);

        /** Visits an added index. */
        R addIndex(AddIndex change);

        /** Visits a removed index. */
        R removeIndex(RemoveIndex change);

        /** Visits an added unique constraint. */
        R addUniqueConstraint(AddUniqueConstraint change);

        /** Visits a removed unique constraint. */
        R removeUniqueConstraint(RemoveUniqueConstraint change);

        /** Visits an added foreign key. */
        R addForeignKey(AddForeignKey change);

        /** Visits a removed foreign key. */
        R removeForeignKey(RemoveForeignKey change);

        /** Visits an added sequence. */
        R addSequence(AddSequence change);

        /** Visits a removed sequence. */
        R removeSequence(RemoveSequence change);
    }
}
