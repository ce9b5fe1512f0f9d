package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.MigrateException;

import java.util.Optional;

/** The live schema could not be read; the message names the schema (and table) and the database's reason. */
public class SchemaReadException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final String table;

    SchemaReadException(String message, String schema, String table, Throwable cause) {
        super(message, cause);
        this.schema = schema;
        this.table = table;
    }

    static SchemaReadException reading(String schema, String table, Throwable cause) {
        String where = table == null ? "schema '" + schema + "'" : "table '" + schema + "." + table + "'";
        return new SchemaReadException("Could not read " + where + ": " + cause.getMessage(), schema, table, cause);
    }

    /** The schema being read, if it was known when the failure happened. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** The table being read, if the failure concerns one table. */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }
}
