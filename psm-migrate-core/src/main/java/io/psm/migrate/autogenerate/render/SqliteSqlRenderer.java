package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.diff.AddColumn;
import io.psm.migrate.autogenerate.diff.AddForeignKey;
import io.psm.migrate.autogenerate.diff.AddIndex;
import io.psm.migrate.autogenerate.diff.AddTable;
import io.psm.migrate.autogenerate.diff.AddUniqueConstraint;
import io.psm.migrate.autogenerate.diff.AlterColumnNullability;
import io.psm.migrate.autogenerate.diff.AlterColumnType;
import io.psm.migrate.autogenerate.diff.RemoveColumn;
import io.psm.migrate.autogenerate.diff.RemoveForeignKey;
import io.psm.migrate.autogenerate.diff.RemoveIndex;
import io.psm.migrate.autogenerate.diff.RemoveTable;
import io.psm.migrate.autogenerate.diff.RemoveUniqueConstraint;
import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.diff.SchemaChanges;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * SQLite: what its {@code ALTER TABLE} can do (add a plain column; create and drop indexes) is
 * written as such; every other change to an existing table (dropping or retyping a column, changing
 * its nullability, adding or dropping a unique constraint or a foreign key) rebuilds the table by
 * Alembic's "move and copy", once per table for all its changes ({@link SqliteTables#moveAndCopy}).
 *
 * <p>A move and copy needs the table's whole definition, so the changes are rendered against the
 * schema they apply to ({@link #render(SchemaModel, List)}). Foreign keys need no ordering: they are
 * written inside {@code CREATE TABLE}, and psm-migrate checks them at the end of each revision.
 */
final class SqliteSqlRenderer implements SqlRenderer {

    /** SQLite's keywords, which are quoted wherever they name something. */
    private static final Set<String> KEYWORDS = Set.of("ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS",
            "ANALYZE", "AND", "AS", "ASC", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE",
            "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS",
            "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT", "DEFERRABLE",
            "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END", "ESCAPE", "EXCEPT",
            "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN",
            "FROM", "FULL", "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN",
            "INDEX", "INDEXED", "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN",
            "KEY", "LAST", "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING",
            "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER", "OTHERS", "OUTER", "OVER", "PARTITION",
            "PLAN", "PRAGMA", "PRECEDING", "PRIMARY", "QUERY", "RAISE", "RANGE", "RECURSIVE", "REFERENCES", "REGEXP",
            "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS",
            "SAVEPOINT", "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION",
            "TRIGGER", "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN",
            "WHERE", "WINDOW", "WITH", "WITHOUT");

    private final Identifiers names;
    private final SqliteTables tables;

    SqliteSqlRenderer(IdentifierCase identifierCase) {
        this.names = new Identifiers(identifierCase, KEYWORDS, Optional.empty());
        this.tables = new SqliteTables(names);
    }

    /**
     * Renders changes that need no move and copy; the others need the schema.
     *
     * @throws IllegalArgumentException for a change only a move and copy makes
     */
    @Override
    public List<GeneratedStatement> render(List<SchemaChange> changes) {
        changes.stream().filter(SqliteSqlRenderer::needsMoveAndCopy).findFirst().ifPresent(change -> {
            throw new IllegalArgumentException("SQLite rebuilds the table for '" + change.reportLine()
                    + "': render the changes against the schema they apply to");
        });
        return render(new SchemaModel(DatabaseKind.SQLITE, IdentifierCase.LOWER,
                List.of(), List.of()), changes);
    }

    @Override
    public List<GeneratedStatement> render(SchemaModel before, List<SchemaChange> changes) {
        SchemaModel after = SchemaChanges.applyTo(before, changes);
        Map<String, List<SchemaChange>> rebuilt = new TreeMap<>();
        changes.stream().filter(SqliteSqlRenderer::needsMoveAndCopy)
                .forEach(change -> rebuilt.computeIfAbsent(tableOf(change), table -> new ArrayList<>()).add(change));
        List<GeneratedStatement> dropIndexes = new ArrayList<>();
        List<GeneratedStatement> dropTables = new ArrayList<>();
        List<GeneratedStatement> createTables = new ArrayList<>();
        List<GeneratedStatement> addColumns = new ArrayList<>();
        List<GeneratedStatement> createIndexes = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (rebuilt.containsKey(tableOf(change))) {
                continue;
            }
            if (change instanceof RemoveIndex remove) {
                dropIndexes.add(statement("DROP INDEX " + names.name(remove.index().name()), change));
            } else if (change instanceof RemoveTable remove) {
                dropTables.add(statement("DROP TABLE " + names.name(remove.table().name()), change));
            } else if (change instanceof AddTable add) {
                createTables.add(statement(tables.createTable(add.table()), change));
                add.table().indexes().forEach(index -> createTables.add(
                        GeneratedStatement.of(tables.createIndex(add.table().name(), index))));
            } else if (change instanceof AddColumn add) {
                addColumns.add(statement("ALTER TABLE " + names.name(add.table()) + " ADD COLUMN "
                        + tables.column(add.column()), change));
            } else if (change instanceof AddIndex add) {
                createIndexes.add(statement(tables.createIndex(add.table(), add.index()), change));
            } else {
                throw new IllegalArgumentException("SQLite has no sequences: " + change.reportLine());
            }
        }
        List<GeneratedStatement> statements = new ArrayList<>();
        statements.addAll(dropIndexes);
        statements.addAll(dropTables);
        statements.addAll(createTables);
        statements.addAll(addColumns);
        rebuilt.forEach((table, tableChanges) -> statements.addAll(moveAndCopy(before, after, table, tableChanges)));
        statements.addAll(createIndexes);
        return List.copyOf(statements);
    }

    private List<GeneratedStatement> moveAndCopy(SchemaModel before, SchemaModel after, String table,
            List<SchemaChange> changes) {
        List<String> comments = new ArrayList<>();
        changes.forEach(change -> comments.addAll(change.warnings()));
        List<String> sql = tables.moveAndCopy(before.table(table).orElseThrow(), after.table(table).orElseThrow());
        List<GeneratedStatement> statements = new ArrayList<>();
        statements.add(new GeneratedStatement(sql.get(0), comments));
        sql.subList(1, sql.size()).forEach(each -> statements.add(GeneratedStatement.of(each)));
        return statements;
    }

    /** Whether SQLite's {@code ALTER TABLE} cannot make the change, so the table is rebuilt. */
    static boolean needsMoveAndCopy(SchemaChange change) {
        if (change instanceof AddColumn add) {
            return !canAdd(add.column());
        }
        return change instanceof RemoveColumn || change instanceof AlterColumnType
                || change instanceof AlterColumnNullability || change instanceof AddUniqueConstraint
                || change instanceof RemoveUniqueConstraint
                || change instanceof AddForeignKey || change instanceof RemoveForeignKey;
    }

    /**
     * Whether {@code ADD COLUMN} takes the column: not a key, and either nullable or with a constant
     * default (SQLite refuses {@code NOT NULL} without one even on an empty table, and a default of
     * {@code CURRENT_TIMESTAMP} or an expression).
     */
    private static boolean canAdd(Column column) {
        if (column.isIdentity()) {
            return false;
        }
        Optional<String> defaultValue = column.defaultValue().map(value -> value.strip().toUpperCase(Locale.ROOT));
        boolean constantDefault = defaultValue.filter(value -> !value.startsWith("(") && !value.startsWith("CURRENT_")
                && !value.equals("NULL")).isPresent();
        return defaultValue.isEmpty() ? !column.isNotNull() : constantDefault;
    }

    private static String tableOf(SchemaChange change) {
        return SchemaChanges.table(change).orElse("");
    }

    private static GeneratedStatement statement(String sql, SchemaChange change) {
        return new GeneratedStatement(sql, change.warnings());
    }
}
