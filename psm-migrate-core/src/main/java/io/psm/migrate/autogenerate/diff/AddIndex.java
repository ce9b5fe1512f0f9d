package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Index;

/**
 * An index the model has and the database lacks.
 *
 * @param table the indexed table, in catalog form
 * @param index the index as the model defines it
 */
public record AddIndex(String table, Index index) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added index " + Names.quoted(index.name()) + " on '(" + Names.list(index.columnNames()) + ")'";
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveIndex(table, index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addIndex(this);
    }
}
