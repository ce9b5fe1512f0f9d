package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.UniqueConstraint;

/**
 * A unique constraint the database's table has and the model lacks.
 *
 * @param table      the table, in catalog form
 * @param constraint the constraint as the database defines it
 */
public record RemoveUniqueConstraint(String table, UniqueConstraint constraint) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed unique constraint " + Names.quoted(constraint.name()) + " on "
                + Names.quoted(table);
    }

    @Override
    public SchemaChange inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeUniqueConstraint(this);
    }
}
