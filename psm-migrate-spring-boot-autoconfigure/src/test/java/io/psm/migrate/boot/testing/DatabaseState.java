package io.psm.migrate.boot.testing;

import io.psm.migrate.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Reads what a test database holds, for assertions: tables, columns, version rows. */
public final class DatabaseState {

    /** The head revision of {@code classpath:db/migrations} in the test resources. */
    public static final String HEAD = "c3d4e5f6a7b8";

    /** The revisions of {@code classpath:db/migrations}, oldest first. */
    public static final List<String> REVISIONS = List.of("a1b2c3d4e5f6", "b2c3d4e5f6a7", HEAD);

    /** The same revisions, newest first, as {@code history} lists them. */
    public static final List<String> REVISIONS_NEWEST_FIRST = List.of(HEAD, "b2c3d4e5f6a7", "a1b2c3d4e5f6");

    private DatabaseState() {
    }

    /** The properties that point the application's DataSource at a test database. */
    public static String[] dataSourceProperties(TestDatabase database) {
        return new String[] {"spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password()};
    }

    /** The rows of a version table, sorted; empty when the table does not exist. */
    public static List<String> versionRows(DataSource dataSource, String table) {
        if (!hasTable(dataSource, table)) {
            return List.of();
        }
        return strings(dataSource, "SELECT version_num FROM " + table + " ORDER BY version_num");
    }

    /** The rows of {@code psm_version}, sorted. */
    public static List<String> versionRows(DataSource dataSource) {
        return versionRows(dataSource, "psm_version");
    }

    /** Whether a table exists, whatever the case of its name. */
    public static boolean hasTable(DataSource dataSource, String table) {
        return !columns(dataSource, table).isEmpty();
    }

    /** The lower-case column names of a table, empty when it does not exist. */
    public static List<String> columns(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> columns = new ArrayList<>();
            for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = metaData.getColumns(null, null, name, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return columns;
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the columns of " + table, ex);
        }
    }

    private static List<String> strings(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not run " + sql, ex);
        }
    }
}
