package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code DatabaseMetaData} cannot tell, asked of one database's catalog. Every method uses the
 * caller's connection and leaves it open.
 */
interface CatalogQueries {

    /** The names of the indexes the database created by itself for the table's constraints. */
    Set<String> constraintIndexes(Connection connection, String schema, String table) throws SQLException;

    /** The table's check constraints (not its {@code NOT NULL} columns). */
    List<CheckConstraint> checks(Connection connection, String schema, String table) throws SQLException;

    /** The schema's sequences that no column owns. */
    List<Sequence> sequences(Connection connection, String schema) throws SQLException;

    /** The table's unique constraints, from the standard {@code information_schema}. */
    default List<UniqueConstraint> uniqueConstraints(Connection connection, String schema, String table)
            throws SQLException {
        String sql = "SELECT tc.constraint_name, k.column_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema"
                + " AND k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema"
                + " AND k.table_name = tc.table_name"
                + " WHERE tc.table_schema = ? AND tc.table_name = ? AND tc.constraint_type = 'UNIQUE'"
                + " ORDER BY tc.constraint_name, k.ordinal_position";
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return columns.entrySet().stream().map(entry -> new UniqueConstraint(entry.getKey(), entry.getValue())).toList();
    }

    /** The queries for a database. */
    static CatalogQueries of(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? new PostgresCatalog() : new H2Catalog();
    }

    /** Runs a query with string parameters and collects one value per row. */
    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<T> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(mapper.map(rows));
                }
            }
            return values;
        }
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
