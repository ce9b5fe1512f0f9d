package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.Nullability;

import java.util.List;

/**
 * A column that becomes {@code NOT NULL} or starts accepting {@code NULL}.
 *
 * @param table          the table, in catalog form
 * @param existing       the column as it is before the change
 * @param newNullability what it becomes
 */
public record AlterColumnNullability(String table, Column existing, Nullability newNullability)
        implements SchemaChange {

    @Override
    public String reportLine() {
        String what = newNullability == Nullability.NOT_NULL ? "NOT NULL" : "NULL";
        return "Detected " + what + " on column " + Names.column(table, existing.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnNullability(table, existing.withNullability(newNullability), existing.nullability());
    }

    @Override
    public List<String> warnings() {
        if (newNullability == Nullability.NOT_NULL) {
            return List.of("Setting NOT NULL on " + Names.column(table, existing.name())
                    + " fails while any row holds NULL there");
        }
        return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterColumnNullability(this);
    }
}
