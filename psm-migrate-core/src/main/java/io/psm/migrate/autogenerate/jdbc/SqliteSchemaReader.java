package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.Nullability;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a SQLite database through its catalog and pragmas: {@code sqlite_master} for the tables,
 * {@code pragma_table_info}, {@code pragma_index_list}, {@code pragma_index_xinfo} and
 * {@code pragma_foreign_key_list} for their parts, and the {@code CREATE TABLE} text for constraint
 * names and checks ({@link SqliteTableDefinition}). Names are kept as declared; SQLite compares them
 * without regard to case. Hibernate's own work tables are left out.
 */
final class SqliteSchemaReader {

    private static final String MAIN = "main";

    DatabaseSnapshot read(Connection connection, Optional<String> schema, Predicate<String> included) {
        if (schema.isPresent()) {
            throw new SchemaReadException("SQLite has no schemas: leave the schema setting (psm.migrate.schema,"
                    + " --schema) unset to compare a SQLite database", schema.get(), null, null);
        }
        List<String> warnings = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        Map<String, String> definitions = new TreeMap<>();
        try {
            for (String[] row : CatalogQueries.query(connection, "SELECT name, sql FROM sqlite_master"
                    + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                    r -> new String[] {r.getString(1), r.getString(2)})) {
                if (included.test(row[0]) && !isHibernateWorkTable(row[0])) {
                    definitions.put(row[0], row[1]);
                }
            }
        } catch (SQLException e) {
            throw SchemaReadException.reading(MAIN, null, e);
        }
        Map<String, List<String>> primaryKeys;
        try {
            primaryKeys = primaryKeys(connection);
        } catch (SQLException e) {
            throw SchemaReadException.reading(MAIN, null, e);
        }
        definitions.forEach((name, sql) -> {
            try {
                tables.add(table(connection, name, sql, primaryKeys, warnings));
            } catch (SQLException e) {
                throw SchemaReadException.reading(MAIN, name, e);
            }
        });
        try {
            triggers(connection, definitions, warnings);
        } catch (SQLException e) {
            throw SchemaReadException.reading(MAIN, null, e);
        }
        return new DatabaseSnapshot(MAIN, new SchemaModel(DatabaseKind.SQLITE, IdentifierCase.LOWER, tables, List.of()),
                warnings);
    }

    /**
     * Whether the table is one Hibernate makes for itself on SQLite, which has no global temporary
     * tables: its persistent work tables for bulk statements, {@code HT_<table>} and {@code HTE_<table>},
     * created when the application starts. They are no part of the application's schema.
     */
    private static boolean isHibernateWorkTable(String name) {
        return name.startsWith("HT_") || name.startsWith("HTE_");
    }

    private static Table table(Connection connection, String name, String sql,
            Map<String, List<String>> primaryKeys, List<String> warnings) throws SQLException {
        SqliteTableDefinition definition = SqliteTableDefinition.parse(sql == null ? "" : sql);
        if (!definition.unmodelled().isEmpty()) {
            warnings.add("Table '" + name + "' uses " + String.join(", ", definition.unmodelled())
                    + ", which autogenerate does not model: a move and copy of the table would leave it out");
        }
        Map<Integer, String> primaryKey = new TreeMap<>();
        List<Column> columns = new ArrayList<>();
        List<String[]> rows = CatalogQueries.query(connection,
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)}, name);
        long keyColumns = rows.stream().filter(row -> !"0".equals(row[4])).count();
        for (String[] row : rows) {
            boolean inKey = !"0".equals(row[4]);
            if (inKey) {
                primaryKey.put(Integer.parseInt(row[4]), row[0]);
            }
            boolean rowId = inKey && keyColumns == 1 && "INTEGER".equalsIgnoreCase(row[1].strip());
            columns.add(new Column(row[0], DatabaseKind.SQLITE.columnType(row[1]),
                    "1".equals(row[2]) || inKey ? Nullability.NOT_NULL : Nullability.NULL,
                    Optional.ofNullable(row[3]), rowId ? Generation.IDENTITY : Generation.NONE));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        indexes(connection, name, definition, uniques, indexes, warnings);
        return new Table(name, columns, List.copyOf(primaryKey.values()), uniques, indexes,
                foreignKeys(connection, name, definition, primaryKeys), definition.checks());
    }

    /** The unique constraints (indexes of origin {@code u}) and the created indexes (origin {@code c}). */
    private static void indexes(Connection connection, String table, SqliteTableDefinition definition,
            List<UniqueConstraint> uniques, List<Index> indexes, List<String> warnings) throws SQLException {
        List<String[]> list = CatalogQueries.query(connection,
                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)}, table);
        for (String[] index : list) {
            List<IndexColumn> columns = new ArrayList<>();
            boolean expression = false;
            for (String[] column : CatalogQueries.query(connection,
                    "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno",
                    r -> new String[] {r.getString(1), r.getString(2)}, index[0])) {
                expression |= column[0] == null;
                columns.add(new IndexColumn(column[0], "1".equals(column[1]) ? SortOrder.DESC : SortOrder.ASC));
            }
            if (index[2].equals("u")) {
                List<String> names = columns.stream().map(IndexColumn::name).toList();
                uniques.add(new UniqueConstraint(definition.uniqueName(names).orElse(index[0]), names));
            } else if (index[2].equals("c")) {
                if (expression || "1".equals(index[3])) {
                    warnings.add("Index '" + index[0] + "' on '" + table + "' uses expressions or a filter;"
                            + " it is not compared");
                } else {
                    indexes.add(new Index(index[0], columns, "1".equals(index[1]) ? Uniqueness.UNIQUE
                            : Uniqueness.NON_UNIQUE));
                }
            }
        }
    }

    /** The foreign keys, named as declared (unnamed ones have an empty name), their columns in key order. */
    private static List<ForeignKey> foreignKeys(Connection connection, String table, SqliteTableDefinition definition,
            Map<String, List<String>> primaryKeys) throws SQLException {
        Map<Integer, List<String[]>> keys = new TreeMap<>();
        for (String[] row : CatalogQueries.query(connection,
                "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)},
                table)) {
            keys.computeIfAbsent(Integer.parseInt(row[0]), id -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> result = new ArrayList<>();
        for (List<String[]> rows : keys.values()) {
            String referenced = rows.get(0)[1];
            List<String> columns = rows.stream().map(row -> row[2]).toList();
            List<String> referencedColumns = rows.stream().anyMatch(row -> row[3] == null)
                    ? primaryKeys.getOrDefault(referenced.toLowerCase(Locale.ROOT), List.of())
                    : rows.stream().map(row -> row[3]).toList();
            result.add(new ForeignKey(definition.foreignKeyName(columns, referenced).orElse(""), columns,
                    referenced, referencedColumns, onDelete(rows.get(0)[4])));
        }
        return result;
    }

    /** The primary-key columns of every table, for keys that refer to a table without naming its columns. */
    private static Map<String, List<String>> primaryKeys(Connection connection) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String[] row : CatalogQueries.query(connection, "SELECT m.name, p.name FROM sqlite_master m"
                + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            keys.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(row[1]);
        }
        return keys;
    }

    private static void triggers(Connection connection, Map<String, String> tables, List<String> warnings)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (tables.containsKey(rows.getString(2))) {
                    warnings.add("Trigger '" + rows.getString(1) + "' on '" + rows.getString(2) + "' is not modelled:"
                            + " a move and copy of the table drops it; create it again in the revision");
                }
            }
        }
    }

    private static ReferentialAction onDelete(String action) {
        return switch (action == null ? "" : action.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
