package io.psm.migrate.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * A table, optionally in a schema, named as the user configured it (not yet quoted).
 *
 * @param schema the schema, or empty for the connection's default schema
 * @param name   the table name
 */
public record TableName(Optional<String> schema, String name) {

    /** Checks that the names are given and not blank. */
    public TableName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || schema.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("Table and schema names must not be blank: " + schema + "." + name);
        }
    }

    /**
     * A table in the connection's default schema.
     *
     * @param name the table name
     * @return the table
     */
    public static TableName of(String name) {
        return new TableName(Optional.empty(), name);
    }

    /**
     * Another table in the same schema.
     *
     * @param otherName the other table's name
     * @return the table
     */
    public TableName sibling(String otherName) {
        return new TableName(schema, otherName);
    }

    /** {@code schema.name} or {@code name}, unquoted, for messages. */
    @Override
    public String toString() {
        return schema.map(s -> s + "." + name).orElse(name);
    }
}
