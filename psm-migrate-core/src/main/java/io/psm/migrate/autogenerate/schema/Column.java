package io.psm.migrate.autogenerate.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table.
 *
 * @param name         the column name in catalog form
 * @param type         the canonical type
 * @param nullability  whether the column accepts {@code NULL}
 * @param defaultValue the default expression as the database or the model states it, if any
 * @param generation   whether the database generates the values (identity)
 */
public record Column(String name, ColumnType type, Nullability nullability, Optional<String> defaultValue,
                     Generation generation) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nullability, "nullability");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(generation, "generation");
    }

    /** A nullable column without default or generation, the common case. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, Nullability.NULL, Optional.empty(), Generation.NONE);
    }

    /** This column with another nullability. */
    public Column withNullability(Nullability value) {
        return new Column(name, type, value, defaultValue, generation);
    }

    /** This column with another type. */
    public Column withType(ColumnType value) {
        return new Column(name, value, nullability, defaultValue, generation);
    }

    /** Whether the column is declared {@code NOT NULL}. */
    public boolean isNotNull() {
        return nullability == Nullability.NOT_NULL;
    }

    /** Whether the database generates the values as an identity column. */
    public boolean isIdentity() {
        return generation == Generation.IDENTITY;
    }
}
