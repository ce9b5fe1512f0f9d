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

    /** The table's unique constraints with their columns in key order. */
    List<UniqueConstraint> uniqueConstraints(Connection connection, String schema, String table) throws SQLException;

    /** Runs a query whose rows are (constraint name, column name) in key order, and groups them. */
    static List<UniqueConstraint> uniqueConstraints(Connection connection, String sql, String schema, String table)
            throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String[] row : query(connection, sql, r -> new String[] {r.getString(1), r.getString(2)}, schema, table)) {
            columns.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row[1]);
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
