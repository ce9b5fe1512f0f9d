package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.ForeignKey;

/**
 * A foreign key the database's table has and the model lacks.
 *
 * @param table the referring table, in catalog form
 * @param key   the key as the database defines it
 */
public record RemoveForeignKey(String table, ForeignKey key) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed foreign key (" + Names.list(key.columns()) + ")("
                + Names.list(key.referencedColumns()) + ") on table " + Names.display(table);
    }

    @Override
    public SchemaChange inverse() {
        return new AddForeignKey(table, key);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeForeignKey(this);
    }
}
