package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers for the checks, never inside a timed call. */
final class Sql {

    private Sql() {
    }

    static int count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }
}
