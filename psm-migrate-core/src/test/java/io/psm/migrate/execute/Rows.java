package io.psm.migrate.execute;

import io.psm.migrate.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads single values from a test database, to check what a run left behind. */
final class Rows {

    private Rows() {
    }

    /** Whether a table of that (unquoted, any case) name exists in any schema. */
    static boolean tableExists(TestDatabase database, String table) {
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            return number(database, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND LOWER(name) = '"
                    + table.toLowerCase() + "'") > 0;
        }
        return number(database, "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '"
                + table.toLowerCase() + "' AND LOWER(table_schema) NOT IN ('information_schema', 'pg_catalog')") > 0;
    }

    /** The first column of the first row, as a number. */
    static long number(TestDatabase database, String query) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }
}
