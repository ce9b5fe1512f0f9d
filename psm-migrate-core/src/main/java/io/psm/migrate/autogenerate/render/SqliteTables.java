package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * SQLite's table definitions, which hold everything a table has: SQLite adds no constraint to an
 * existing table, so foreign keys, unique and check constraints are written inside
 * {@code CREATE TABLE}; and its move and copy of a table, which rebuilds it with a new definition.
 */
final class SqliteTables {

    private static final String INDENT = "    ";
    private static final String TEMPORARY_PREFIX = "_psm_tmp_";
    /** The names SQLite gives unnamed unique constraints; such a constraint is written without a name. */
    private static final String AUTOINDEX_PREFIX = "sqlite_autoindex_";

    private final Identifiers names;

    SqliteTables(Identifiers names) {
        this.names = names;
    }

    /** {@code CREATE TABLE} under the table's name. */
    String createTable(Table table) {
        return createTable(table.name(), table);
    }

    /** {@code CREATE [UNIQUE] INDEX}. */
    String createIndex(String table, Index index) {
        String columns = index.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + names.name(index.name()) + " ON "
                + names.name(table) + " (" + columns + ")";
    }

    /** A column definition: name, type, default, {@code NOT NULL}. */
    String column(Column column) {
        return column(column, false);
    }

    /**
     * A column definition. An identity column is SQLite's row id, {@code INTEGER}; any other integer
     * column that is its table's whole primary key is declared {@code INT}, which keeps it from
     * becoming the row id (SQLite makes only a key declared exactly {@code INTEGER} the row id).
     */
    private String column(Column column, boolean soleKey) {
        StringBuilder definition = new StringBuilder(names.name(column.name()));
        String type = column.isIdentity() ? "INTEGER" : column.type().sql();
        if (!column.isIdentity() && soleKey && type.equals("INTEGER")) {
            type = "INT";
        }
        if (!type.isEmpty()) {
            definition.append(' ').append(type);
        }
        column.defaultValue().ifPresent(value -> definition.append(" DEFAULT ").append(value));
        if (column.isNotNull()) {
            definition.append(" NOT NULL");
        }
        return definition.toString();
    }

    /**
     * The move and copy of a table: the new definition under a temporary name, the rows copied over
     * (the columns both definitions have; SQLite converts each value to its new column's affinity
     * where that loses nothing), the old table dropped and the new one renamed, then the new
     * definition's indexes. {@code legacy_alter_table} keeps the rename from checking views that
     * refer to the table, which SQLite would otherwise find broken while the table is gone.
     */
    List<String> moveAndCopy(Table before, Table after) {
        String temporary = TEMPORARY_PREFIX + after.name();
        List<String> kept = after.columns().stream().map(Column::name)
                .filter(name -> before.column(name).isPresent()).map(names::name).toList();
        List<String> statements = new ArrayList<>();
        statements.add(createTable(temporary, after));
        if (!kept.isEmpty()) {
            String columns = String.join(", ", kept);
            statements.add("INSERT INTO " + names.name(temporary) + " (" + columns + ") SELECT " + columns + " FROM "
                    + names.name(before.name()));
        }
        statements.add("DROP TABLE " + names.name(before.name()));
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE " + names.name(temporary) + " RENAME TO " + names.name(after.name()));
        statements.add("PRAGMA legacy_alter_table = OFF");
        after.indexes().forEach(index -> statements.add(createIndex(after.name(), index)));
        return statements;
    }

    private String createTable(String name, Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(column(column, table.primaryKey().equals(List.of(column.name())))));
        if (!table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + names.list(table.primaryKey()) + ")");
        }
        table.uniqueConstraints().forEach(constraint -> parts.add(unique(constraint)));
        table.foreignKeys().forEach(key -> parts.add(foreignKey(key)));
        table.checks().forEach(check -> parts.add(check(check)));
        return "CREATE TABLE " + names.name(name) + " (\n" + INDENT + String.join(",\n" + INDENT, parts) + "\n)";
    }

    private String unique(UniqueConstraint constraint) {
        return constraintName(constraint.name()) + "UNIQUE (" + names.list(constraint.columns()) + ")";
    }

    private String foreignKey(ForeignKey key) {
        String onDelete = key.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + key.onDelete().sql();
        return constraintName(key.name()) + "FOREIGN KEY (" + names.list(key.columns()) + ") REFERENCES "
                + names.name(key.referencedTable()) + " (" + names.list(key.referencedColumns()) + ")" + onDelete;
    }

    private String check(CheckConstraint check) {
        return check.name().map(this::constraintName).orElse("") + "CHECK (" + check.expression() + ")";
    }

    /** {@code CONSTRAINT name }, or nothing for a constraint SQLite named itself. */
    private String constraintName(String name) {
        if (name.isEmpty() || name.toLowerCase(Locale.ROOT).startsWith(AUTOINDEX_PREFIX)) {
            return "";
        }
        return "CONSTRAINT " + names.name(name) + " ";
    }

    private String indexColumn(IndexColumn column) {
        return names.name(column.name()) + (column.order() == SortOrder.DESC ? " DESC" : "");
    }
}
