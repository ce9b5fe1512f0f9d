package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;

import java.util.List;

/**
 * A column whose type (or length, precision, scale) differs.
 *
 * @param table    the table, in catalog form
 * @param existing the column as it is before the change
 * @param newType  the type it gets
 */
public record AlterColumnType(String table, Column existing, ColumnType newType) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected type change from " + existing.type().sql() + " to " + newType.sql() + " on "
                + Names.column(table, existing.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnType(table, existing.withType(newType), existing.type());
    }

    @Override
    public List<String> warnings() {
        if (TypeWidening.isWidening(existing.type(), newType)) {
            return List.of();
        }
        return List.of("Changing " + Names.column(table, existing.name()) + " from " + existing.type().sql() + " to "
                + newType.sql() + " may lose data or fail on existing values");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterColumnType(this);
    }
}
