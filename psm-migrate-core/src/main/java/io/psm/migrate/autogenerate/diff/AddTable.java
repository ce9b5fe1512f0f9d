package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Table;

/**
 * A table the model has and the database lacks; created with its keys, indexes and foreign keys.
 *
 * @param table the table as the model defines it
 */
public record AddTable(Table table) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added table " + Names.quoted(table.name());
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveTable(table);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addTable(this);
    }
}
