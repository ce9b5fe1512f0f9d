package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;

import java.util.List;

/**
 * A column the database's table has and the model lacks; dropped, with its data.
 *
 * @param table  the table, in catalog form
 * @param column the column as the database defines it, so that the inverse re-adds it exactly
 */
public record RemoveColumn(String table, Column column) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed column " + Names.column(table, column.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public List<String> warnings() {
        return List.of("Dropping column " + Names.column(table, column.name()) + " deletes its data");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeColumn(this);
    }
}
