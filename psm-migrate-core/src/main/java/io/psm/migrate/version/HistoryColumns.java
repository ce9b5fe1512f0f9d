package io.psm.migrate.version;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns added to the history table after its first form, for the state of each step and
 * where a failed or running one stopped. A table made before they existed gets them on first use
 * under the migration lock ({@code ALTER TABLE ... ADD COLUMN}), and readers take a row without
 * them as an applied or failed step without details.
 */
final class HistoryColumns {

    /** {@code applied}, {@code failed} or {@code running}; empty in rows written before the column existed. */
    static final String STATE = "state";
    /** The database's message for a failed step. */
    static final String ERROR = "error_message";
    /** The first lines of the statements that ran and stayed applied, comma-separated. */
    static final String RAN_LINES = "ran_lines";
    /** The first line of the statement that failed, or that was running. */
    static final String AT_LINE = "at_line";

    static final int ERROR_LENGTH = 4000;
    static final int LINES_LENGTH = 4000;

    /** Each added column with its definition, in the order they are added. */
    private static final List<List<String>> ADDED = List.of(
            List.of(STATE, "VARCHAR(16)"),
            List.of(ERROR, "VARCHAR(" + ERROR_LENGTH + ")"),
            List.of(RAN_LINES, "VARCHAR(" + LINES_LENGTH + ")"),
            List.of(AT_LINE, "INTEGER"));

    private HistoryColumns() {
    }

    /**
     * Adds the columns the table lacks.
     *
     * @param connection a connection in autocommit mode, under the migration lock
     * @param table      the history table, qualified and quoted
     * @throws SQLException when the table cannot be read or changed
     */
    static void addMissing(Connection connection, String table) throws SQLException {
        Set<String> present = present(connection, table);
        try (Statement statement = connection.createStatement()) {
            for (List<String> column : ADDED) {
                if (!present.contains(column.get(0))) {
                    statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column.get(0) + " " + column.get(1));
                }
            }
        }
    }

    /** The table's column names, lower case, read from an empty result. */
    static Set<String> present(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
