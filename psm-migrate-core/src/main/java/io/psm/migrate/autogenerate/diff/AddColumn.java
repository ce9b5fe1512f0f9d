package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;

import java.util.List;

/**
 * A column the model has and the database's table lacks.
 *
 * @param table  the table, in catalog form
 * @param column the column as the model defines it
 */
public record AddColumn(String table, Column column) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added column " + Names.column(table, column.name());
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveColumn(table, column);
    }

    @Override
    public List<String> warnings() {
        if (column.isNotNull() && column.defaultValue().isEmpty() && !column.isIdentity()) {
            return List.of("Adding NOT NULL column " + Names.column(table, column.name())
                    + " without a default fails while the table has rows");
        }
        return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
