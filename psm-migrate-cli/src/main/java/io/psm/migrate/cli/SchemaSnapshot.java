package io.psm.migrate.cli;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The shape of a schema as JDBC metadata shows it: its tables, views, sequences and indexes (as
 * the driver lists them) and each table's columns with their types and nullability. Enough to
 * see what a downgrade left behind or forgot to restore.
 *
 * @param objects one sorted line per object and per column
 */
record SchemaSnapshot(Set<String> objects) {

    SchemaSnapshot {
        objects = Collections.unmodifiableSortedSet(new TreeSet<>(objects));
    }

    /**
     * Reads a schema.
     *
     * @throws CommandFailure when the metadata cannot be read
     */
    static SchemaSnapshot read(DataSource dataSource, String schema) {
        Set<String> objects = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(null, schema, "%", null)) {
                while (tables.next()) {
                    objects.add(tables.getString("TABLE_TYPE") + " " + tables.getString("TABLE_NAME"));
                }
            }
            try (ResultSet columns = metaData.getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    objects.add("COLUMN " + columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME")
                            + " " + columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ")"
                            + (columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : ""));
                }
            }
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot read the scratch schema " + schema + ": " + e.getMessage(), e);
        }
        return new SchemaSnapshot(objects);
    }

    /** What differs from {@code before}: {@code +} for what is new here, {@code -} for what is gone; empty when equal. */
    List<String> differencesFrom(SchemaSnapshot before) {
        List<String> differences = new ArrayList<>();
        objects.stream().filter(object -> !before.objects.contains(object)).forEach(object -> differences.add("+" + object));
        before.objects.stream().filter(object -> !objects.contains(object)).forEach(object -> differences.add("-" + object));
        return List.copyOf(differences);
    }
}
