package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Index;

/**
 * An index the database has and the model lacks.
 *
 * @param table the indexed table, in catalog form
 * @param index the index as the database defines it
 */
public record RemoveIndex(String table, Index index) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed index " + Names.quoted(index.name()) + " on " + Names.quoted(table);
    }

    @Override
    public SchemaChange inverse() {
        return new AddIndex(table, index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeIndex(this);
    }
}
