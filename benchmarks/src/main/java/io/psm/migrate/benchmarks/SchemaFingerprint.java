package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a migrated schema looks like, from the standard {@code information_schema} (SQLite's catalog
 * and pragmas there): every column
 * with its type and every constraint's kind, per table, leaving out the tool's own tables. Two
 * runs of the same corpus must give equal fingerprints, whichever tool ran it, or the faster one
 * did not do the same work.
 *
 * @param lines sorted {@code table.column type} and {@code table constraint-kind} lines
 */
record SchemaFingerprint(List<String> lines) {

    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = ?""";
    private static final String CONSTRAINTS = """
            SELECT table_name, constraint_type FROM information_schema.table_constraints
            WHERE table_schema = ?""";

    SchemaFingerprint {
        lines = List.copyOf(lines);
    }

    /** SQLite has no {@code information_schema}: the same lines from its catalog and pragmas. */
    private static final String SQLITE_COLUMNS = """
            SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND ? IS NOT NULL""";
    private static final String SQLITE_CONSTRAINTS = """
            SELECT m.name, 'primary key' FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND p.pk = 1 AND ? IS NOT NULL
            UNION ALL
            SELECT m.name, 'unique' FROM sqlite_master m JOIN pragma_index_list(m.name) i
            WHERE m.type = 'table' AND i.origin = 'u' AND ? IS NOT NULL""";

    /** Reads the fingerprint of the connection's current schema. */
    static SchemaFingerprint read(Connection connection, Set<String> ownTables) throws SQLException {
        List<String> lines = new ArrayList<>();
        boolean sqlite = connection.getMetaData().getDatabaseProductName().equals("SQLite");
        String schema = sqlite ? "main" : connection.getSchema();
        collect(connection, sqlite ? SQLITE_COLUMNS : COLUMNS, schema, ownTables, lines);
        collect(connection, sqlite ? SQLITE_CONSTRAINTS : CONSTRAINTS, schema, ownTables, lines);
        Collections.sort(lines);
        return new SchemaFingerprint(lines);
    }

    /** The number of tables described. */
    long tables() {
        return lines.stream().map(line -> line.substring(0, line.indexOf(' '))).map(name -> name.split("\\.")[0])
                .distinct().count();
    }

    private static void collect(Connection connection, String query, String schema, Set<String> ownTables,
                                List<String> lines) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, schema);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1).toLowerCase(Locale.ROOT);
                    if (!ownTables.contains(table)) {
                        String second = rows.getString(2).toLowerCase(Locale.ROOT);
                        String third = rows.getMetaData().getColumnCount() > 2 ? " " + rows.getString(3).toLowerCase(Locale.ROOT) : "";
                        lines.add(third.isEmpty() ? table + " " + second : table + "." + second + third);
                    }
                }
            }
        }
    }
}
