package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.ForeignKey;

/**
 * A foreign key the model has and the database's table lacks.
 *
 * @param table the referring table, in catalog form
 * @param key   the key as the model defines it
 */
public record AddForeignKey(String table, ForeignKey key) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added foreign key (" + Names.list(key.columns()) + ")("
                + Names.list(key.referencedColumns()) + ") on table " + Names.display(table);
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveForeignKey(table, key);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
