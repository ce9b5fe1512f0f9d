package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.diff.AddColumn;
import io.psm.migrate.autogenerate.diff.AddForeignKey;
import io.psm.migrate.autogenerate.diff.AddIndex;
import io.psm.migrate.autogenerate.diff.AddSequence;
import io.psm.migrate.autogenerate.diff.AddTable;
import io.psm.migrate.autogenerate.diff.AddUniqueConstraint;
import io.psm.migrate.autogenerate.diff.AlterColumnNullability;
import io.psm.migrate.autogenerate.diff.AlterColumnType;
import io.psm.migrate.autogenerate.diff.RemoveColumn;
import io.psm.migrate.autogenerate.diff.RemoveForeignKey;
import io.psm.migrate.autogenerate.diff.RemoveIndex;
import io.psm.migrate.autogenerate.diff.RemoveSequence;
import io.psm.migrate.autogenerate.diff.RemoveTable;
import io.psm.migrate.autogenerate.diff.RemoveUniqueConstraint;
import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Nullability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL PostgreSQL and H2 share: standard {@code CREATE}, {@code ALTER TABLE} and {@code DROP}
 * statements. Subclasses supply what differs: reserved words and the type-change statement.
 */
abstract class StandardSqlRenderer implements SqlRenderer, SchemaChange.Visitor<List<PhasedStatement>> {

    private final Identifiers names;
    private final TableDefinitions definitions;

    StandardSqlRenderer(Identifiers names) {
        this.names = names;
        this.definitions = new TableDefinitions(names);
    }

    /** The statement that changes a column's type. */
    abstract String alterColumnType(String table, Column existing, ColumnType newType);

    /** The identifier writer. */
    final Identifiers names() {
        return names;
    }

    @Override
    public List<GeneratedStatement> render(List<SchemaChange> changes) {
        List<PhasedStatement> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(change.accept(this)));
        return statements.stream().sorted(Comparator.comparing(PhasedStatement::phase))
                .map(PhasedStatement::statement).toList();
    }

    @Override
    public List<PhasedStatement> addTable(AddTable change) {
        List<PhasedStatement> statements = new ArrayList<>();
        statements.add(primary(Phase.CREATE_TABLES, definitions.createTable(change.table()), change));
        change.table().indexes().forEach(index -> statements.add(plain(Phase.CREATE_INDEXES_AND_UNIQUE_CONSTRAINTS,
                definitions.createIndex(change.table().name(), index))));
        change.table().foreignKeys().forEach(key -> statements.add(plain(Phase.ADD_FOREIGN_KEYS,
                addForeignKey(change.table().name(), key))));
        return statements;
    }

    @Override
    public List<PhasedStatement> removeTable(RemoveTable change) {
        List<PhasedStatement> statements = new ArrayList<>();
        change.table().foreignKeys().forEach(key -> statements.add(plain(Phase.DROP_FOREIGN_KEYS,
                dropConstraint(change.table().name(), key.name()))));
        statements.add(primary(Phase.DROP_TABLES, "DROP TABLE " + names.qualified(change.table().name()), change));
        return statements;
    }

    @Override
    public List<PhasedStatement> addColumn(AddColumn change) {
        return List.of(primary(Phase.ADD_COLUMNS, alterTable(change.table()) + " ADD COLUMN "
                + definitions.column(change.column()), change));
    }

    @Override
    public List<PhasedStatement> removeColumn(RemoveColumn change) {
        return List.of(primary(Phase.DROP_COLUMNS, alterTable(change.table()) + " DROP COLUMN "
                + names.name(change.column().name()), change));
    }

    @Override
    public List<PhasedStatement> alterColumnType(AlterColumnType change) {
        return List.of(primary(Phase.ALTER_COLUMNS,
                alterColumnType(change.table(), change.existing(), change.newType()), change));
    }

    @Override
    public List<PhasedStatement> alterColumnNullability(AlterColumnNullability change) {
        String action = change.newNullability() == Nullability.NOT_NULL ? " SET NOT NULL" : " DROP NOT NULL";
        return List.of(primary(Phase.ALTER_COLUMNS, alterColumn(change.table(), change.existing()) + action, change));
    }

    @Override
    public List<PhasedStatement> addIndex(AddIndex change) {
        return List.of(primary(Phase.CREATE_INDEXES_AND_UNIQUE_CONSTRAINTS,
                definitions.createIndex(change.table(), change.index()), change));
    }

    @Override
    public List<PhasedStatement> removeIndex(RemoveIndex change) {
        return List.of(primary(Phase.DROP_INDEXES_AND_UNIQUE_CONSTRAINTS,
                "DROP INDEX " + names.qualified(change.index().name()), change));
    }

    @Override
    public List<PhasedStatement> addUniqueConstraint(AddUniqueConstraint change) {
        return List.of(primary(Phase.CREATE_INDEXES_AND_UNIQUE_CONSTRAINTS, alterTable(change.table())
                + " ADD " + definitions.uniqueConstraint(change.constraint()), change));
    }

    @Override
    public List<PhasedStatement> removeUniqueConstraint(RemoveUniqueConstraint change) {
        return List.of(primary(Phase.DROP_INDEXES_AND_UNIQUE_CONSTRAINTS,
                dropConstraint(change.table(), change.constraint().name()), change));
    }

    @Override
    public List<PhasedStatement> addForeignKey(AddForeignKey change) {
        return List.of(primary(Phase.ADD_FOREIGN_KEYS, addForeignKey(change.table(), change.key()), change));
    }

    @Override
    public List<PhasedStatement> removeForeignKey(RemoveForeignKey change) {
        return List.of(primary(Phase.DROP_FOREIGN_KEYS, dropConstraint(change.table(), change.key().name()), change));
    }

    @Override
    public List<PhasedStatement> addSequence(AddSequence change) {
        return List.of(primary(Phase.CREATE_SEQUENCES, "CREATE SEQUENCE " + names.qualified(change.sequence().name())
                + " START WITH " + change.sequence().start() + " INCREMENT BY " + change.sequence().increment(), change));
    }

    @Override
    public List<PhasedStatement> removeSequence(RemoveSequence change) {
        return List.of(primary(Phase.DROP_SEQUENCES, "DROP SEQUENCE " + names.qualified(change.sequence().name()),
                change));
    }

    /** {@code ALTER TABLE t}. */
    final String alterTable(String table) {
        return "ALTER TABLE " + names.qualified(table);
    }

    /** {@code ALTER TABLE t ALTER COLUMN c}. */
    final String alterColumn(String table, Column column) {
        return alterTable(table) + " ALTER COLUMN " + names.name(column.name());
    }

    private String addForeignKey(String table, ForeignKey key) {
        return alterTable(table) + " ADD " + definitions.foreignKey(key);
    }

    private String dropConstraint(String table, String constraint) {
        return alterTable(table) + " DROP CONSTRAINT " + names.name(constraint);
    }

    private static PhasedStatement primary(Phase phase, String sql, SchemaChange change) {
        return new PhasedStatement(phase, new GeneratedStatement(sql, change.warnings()));
    }

    private static PhasedStatement plain(Phase phase, String sql) {
        return new PhasedStatement(phase, GeneratedStatement.of(sql));
    }
}
