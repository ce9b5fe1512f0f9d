package io.psm.migrate.adopt;

import io.psm.migrate.execute.DatabaseAccessException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Flyway's schema history table. The table is found through the JDBC metadata whatever case
 * the database stored its name in, and read with one plain {@code SELECT}; the columns every Flyway
 * version since 5 has are read by name, so no database needs its own code here.
 */
public final class FlywayHistory {

    /** Flyway's default table. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";

    private FlywayHistory() {
    }

    /**
     * Reads the table's rows in the order Flyway ran them (by installed rank).
     *
     * @param connection a connection, left open
     * @param table      the table, {@code name} or {@code schema.name}
     * @return the rows, by installed rank
     * @throws io.psm.migrate.MigrateException naming the table when it does not exist or cannot be read
     */
    public static List<FlywayHistoryRow> read(Connection connection, String table) {
        try {
            String qualified = find(connection, table);
            List<FlywayHistoryRow> rows = new ArrayList<>();
            // Flyway quotes the columns on some databases (lower case on H2): SELECT * and JDBC's
            // case-insensitive column labels read them on every database alike.
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + qualified);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String version = result.getString("version");
                    int checksum = result.getInt("checksum");
                    Optional<Integer> recorded = result.wasNull() ? Optional.empty() : Optional.of(checksum);
                    rows.add(new FlywayHistoryRow(result.getInt("installed_rank"),
                            version == null || version.isBlank() ? Optional.empty() : Optional.of(FlywayVersion.parse(version)),
                            result.getString("description"), result.getString("type"), result.getString("script"),
                            recorded, result.getBoolean("success")));
                }
            }
            rows.sort(Comparator.comparingInt(FlywayHistoryRow::installedRank));
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new DatabaseAccessException("read Flyway's history table " + table, e);
        }
    }

    /** The table's name as SQL, quoted as the database stored it. */
    private static String find(Connection connection, String table) throws SQLException {
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        DatabaseMetaData metaData = connection.getMetaData();
        String quote = metaData.getIdentifierQuoteString().strip();
        String current = connection.getSchema();
        List<String[]> found = new ArrayList<>();
        try (ResultSet tables = metaData.getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String tableSchema = tables.getString("TABLE_SCHEM");
                String tableName = tables.getString("TABLE_NAME");
                boolean schemaMatches = schema == null ? equalsIgnoreCase(tableSchema, current) : equalsIgnoreCase(tableSchema, schema);
                if (tableName.equalsIgnoreCase(name) && schemaMatches) {
                    found.add(new String[] {tableSchema, tableName});
                }
            }
        }
        if (found.isEmpty()) {
            throw new FlywayImportException("The database has no Flyway history table " + table + (schema == null
                    ? " in its current schema " + current : "") + "; name it with --flyway-table [SCHEMA.]TABLE"
                    + " if Flyway was configured with another table or schema, or give --files-only to write the"
                    + " revisions without taking this database over");
        }
        String[] exact = found.stream().filter(t -> t[1].equals(name)).findFirst().orElse(found.get(0));
        String quotedName = quote + exact[1].replace(quote, quote + quote) + quote;
        return exact[0] == null ? quotedName : quote + exact[0].replace(quote, quote + quote) + quote + "." + quotedName;
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
