package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.UniqueConstraint;

/**
 * A unique constraint the model has and the database's table lacks.
 *
 * @param table      the table, in catalog form
 * @param constraint the constraint as the model defines it
 */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added unique constraint " + Names.quoted(constraint.name()) + " on '("
                + Names.list(constraint.columns()) + ")'";
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addUniqueConstraint(this);
    }
}
