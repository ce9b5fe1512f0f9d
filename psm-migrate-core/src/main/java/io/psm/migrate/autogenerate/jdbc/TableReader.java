package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.Nullability;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads one table through {@code DatabaseMetaData} and the catalog queries of its database. */
final class TableReader {

    private final Connection connection;
    private final DatabaseMetaData metaData;
    private final DatabaseKind kind;
    private final CatalogQueries catalog;
    private final String schema;
    private final List<String> warnings;

    TableReader(Connection connection, DatabaseKind kind, String schema, List<String> warnings) throws SQLException {
        this.connection = connection;
        this.metaData = connection.getMetaData();
        this.kind = kind;
        this.catalog = CatalogQueries.of(kind);
        this.schema = schema;
        this.warnings = warnings;
    }

    Table read(String table) throws SQLException {
        List<Column> columns = columns(table);
        List<String> columnNames = columns.stream().map(Column::name).toList();
        return new Table(table, columns, primaryKey(table),
                catalog.uniqueConstraints(connection, schema, table),
                indexes(table, columnNames), foreignKeys(table), catalog.checks(connection, schema, table));
    }

    private List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = metaData.getColumns(null, escape(schema), escape(table), "%")) {
            while (rows.next()) {
                if (table.equals(rows.getString("TABLE_NAME"))) {
                    columns.add(column(rows));
                }
            }
        }
        return columns;
    }

    private Column column(ResultSet row) throws SQLException {
        String defaultValue = row.getString("COLUMN_DEF");
        boolean generated = "YES".equals(row.getString("IS_AUTOINCREMENT")) && defaultValue == null;
        return new Column(row.getString("COLUMN_NAME"),
                kind.columnType(row.getString("TYPE_NAME"), row.getLong("COLUMN_SIZE"), row.getInt("DECIMAL_DIGITS")),
                "NO".equals(row.getString("IS_NULLABLE")) ? Nullability.NOT_NULL : Nullability.NULL,
                Optional.ofNullable(defaultValue), generated ? Generation.IDENTITY : Generation.NONE);
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rows = metaData.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private List<Index> indexes(String table, List<String> columnNames) throws SQLException {
        Set<String> ownedByConstraints = catalog.constraintIndexes(connection, schema, table);
        Map<String, IndexRows> indexes = new TreeMap<>();
        try (ResultSet rows = metaData.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic
                        && !ownedByConstraints.contains(name)) {
                    indexes.computeIfAbsent(name, key -> new IndexRows()).add(rows);
                }
            }
        }
        List<Index> result = new ArrayList<>();
        indexes.forEach((name, rows) -> {
            if (rows.comparable(columnNames)) {
                result.add(rows.toIndex(name));
            } else {
                warnings.add("Index '" + name + "' on '" + table + "' uses expressions or a filter; it is not compared");
            }
        });
        return result;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        Map<String, List<KeyRow>> keys = new TreeMap<>();
        try (ResultSet rows = metaData.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString("FK_NAME"), name -> new ArrayList<>()).add(new KeyRow(
                        rows.getShort("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"),
                        rows.getString("PKCOLUMN_NAME"), rows.getShort("DELETE_RULE")));
            }
        }
        List<ForeignKey> result = new ArrayList<>();
        keys.forEach((name, rows) -> {
            rows.sort(Comparator.comparing(KeyRow::sequence));
            KeyRow first = rows.get(0);
            result.add(new ForeignKey(name, rows.stream().map(KeyRow::column).toList(), first.referencedTable(),
                    rows.stream().map(KeyRow::referencedColumn).toList(), onDelete(first.deleteRule())));
        });
        return result;
    }

    private static ReferentialAction onDelete(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private String escape(String pattern) throws SQLException {
        String escape = metaData.getSearchStringEscape();
        return pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** One row of {@code getImportedKeys}. */
    private record KeyRow(short sequence, String column, String referencedTable, String referencedColumn,
                          short deleteRule) {
    }

    /** The rows {@code getIndexInfo} returns for one index, in column order. */
    private static final class IndexRows {

        private final Map<Short, IndexColumn> columns = new TreeMap<>();
        private boolean unique;
        private boolean filtered;

        void add(ResultSet row) throws SQLException {
            unique = !row.getBoolean("NON_UNIQUE");
            filtered |= row.getString("FILTER_CONDITION") != null;
            SortOrder order = "D".equals(row.getString("ASC_OR_DESC")) ? SortOrder.DESC : SortOrder.ASC;
            columns.put(row.getShort("ORDINAL_POSITION"), new IndexColumn(row.getString("COLUMN_NAME"), order));
        }

        boolean comparable(List<String> tableColumns) {
            return !filtered && columns.values().stream().allMatch(column -> tableColumns.contains(column.name()));
        }

        Index toIndex(String name) {
            return new Index(name, List.copyOf(columns.values()), unique ? Uniqueness.UNIQUE : Uniqueness.NON_UNIQUE);
        }
    }
}
