package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a schema becomes once changes are made to it: the model a renderer needs to write a whole
 * table anew (SQLite's move and copy), and the model a downgrade starts from. Pure.
 */
public final class SchemaChanges {

    private SchemaChanges() {
    }

    /**
     * Makes changes to a model, in order.
     *
     * @param model   the schema before the changes
     * @param changes changes that fit it (those {@link SchemaDiff} found against it, or their inverses)
     * @return the schema after them; an added column comes last in its table, as {@code ADD COLUMN} puts it
     */
    public static SchemaModel applyTo(SchemaModel model, List<SchemaChange> changes) {
        Map<String, Table> tables = new LinkedHashMap<>();
        model.tables().forEach(table -> tables.put(table.name(), table));
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        model.sequences().forEach(sequence -> sequences.put(sequence.name(), sequence));
        for (SchemaChange change : changes) {
            change.accept(new Applier(tables, sequences));
        }
        return new SchemaModel(model.database(), model.identifierCase(), List.copyOf(tables.values()),
                List.copyOf(sequences.values()));
    }

    /**
     * The table a change concerns.
     *
     * @param change a change
     * @return the table's catalog-form name; empty for a sequence
     */
    public static Optional<String> table(SchemaChange change) {
        String table = change.accept(new TableOf());
        return table.isEmpty() ? Optional.empty() : Optional.of(table);
    }

    /** Makes one change to the tables and sequences it is given. */
    private record Applier(Map<String, Table> tables, Map<String, Sequence> sequences)
            implements SchemaChange.Visitor<Void> {

        @Override
        public Void addTable(AddTable change) {
            tables.put(change.table().name(), change.table());
            return null;
        }

        @Override
        public Void removeTable(RemoveTable change) {
            tables.remove(change.table().name());
            return null;
        }

        @Override
        public Void addColumn(AddColumn change) {
            return edit(change.table(), table -> withColumns(table, append(table.columns(), change.column())));
        }

        @Override
        public Void removeColumn(RemoveColumn change) {
            return edit(change.table(), table -> withColumns(table, table.columns().stream()
                    .filter(column -> !column.name().equals(change.column().name())).toList()));
        }

        @Override
        public Void alterColumnType(AlterColumnType change) {
            return edit(change.table(), table -> withColumns(table, replace(table.columns(),
                    change.existing().name(), column -> column.withType(change.newType()))));
        }

        @Override
        public Void alterColumnNullability(AlterColumnNullability change) {
            return edit(change.table(), table -> withColumns(table, replace(table.columns(),
                    change.existing().name(), column -> column.withNullability(change.newNullability()))));
        }

        @Override
        public Void addIndex(AddIndex change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), append(table.indexes(), change.index()), table.foreignKeys(),
                    table.checks()));
        }

        @Override
        public Void removeIndex(RemoveIndex change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), without(table.indexes(), change.index()), table.foreignKeys(),
                    table.checks()));
        }

        @Override
        public Void addUniqueConstraint(AddUniqueConstraint change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    append(table.uniqueConstraints(), change.constraint()), table.indexes(), table.foreignKeys(),
                    table.checks()));
        }

        @Override
        public Void removeUniqueConstraint(RemoveUniqueConstraint change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    without(table.uniqueConstraints(), change.constraint()), table.indexes(), table.foreignKeys(),
                    table.checks()));
        }

        @Override
        public Void addForeignKey(AddForeignKey change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), table.indexes(), append(table.foreignKeys(), change.key()),
                    table.checks()));
        }

        @Override
        public Void removeForeignKey(RemoveForeignKey change) {
            return edit(change.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), table.indexes(), without(table.foreignKeys(), change.key()),
                    table.checks()));
        }

        @Override
        public Void addSequence(AddSequence change) {
            sequences.put(change.sequence().name(), change.sequence());
            return null;
        }

        @Override
        public Void removeSequence(RemoveSequence change) {
            sequences.remove(change.sequence().name());
            return null;
        }

        private Void edit(String tableName, UnaryOperator<Table> edit) {
            Table table = tables.get(tableName);
            if (table == null) {
                throw new IllegalArgumentException("A change to table '" + tableName + "', which the schema does not have");
            }
            tables.put(tableName, edit.apply(table));
            return null;
        }
    }

    private static Table withColumns(Table table, List<Column> columns) {
        return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                table.foreignKeys(), table.checks());
    }

    private static List<Column> replace(List<Column> columns, String name, UnaryOperator<Column> edit) {
        return columns.stream().map(column -> column.name().equals(name) ? edit.apply(column) : column).toList();
    }

    private static <T> List<T> append(List<T> values, T value) {
        List<T> all = new ArrayList<>(values);
        all.add(value);
        return all;
    }

    private static <T> List<T> without(List<T> values, T value) {
        return values.stream().filter(each -> !each.equals(value)).toList();
    }

    /** The table a change concerns, or nothing for a sequence. */
    private static final class TableOf implements SchemaChange.Visitor<String> {

        @Override
        public String addTable(AddTable change) {
            return change.table().name();
        }

        @Override
        public String removeTable(RemoveTable change) {
            return change.table().name();
        }

        @Override
        public String addColumn(AddColumn change) {
            return change.table();
        }

        @Override
        public String removeColumn(RemoveColumn change) {
            return change.table();
        }

        @Override
        public String alterColumnType(AlterColumnType change) {
            return change.table();
        }

        @Override
        public String alterColumnNullability(AlterColumnNullability change) {
            return change.table();
        }

        @Override
        public String addIndex(AddIndex change) {
            return change.table();
        }

        @Override
        public String removeIndex(RemoveIndex change) {
            return change.table();
        }

        @Override
        public String addUniqueConstraint(AddUniqueConstraint change) {
            return change.table();
        }

        @Override
        public String removeUniqueConstraint(RemoveUniqueConstraint change) {
            return change.table();
        }

        @Override
        public String addForeignKey(AddForeignKey change) {
            return change.table();
        }

        @Override
        public String removeForeignKey(RemoveForeignKey change) {
            return change.table();
        }

        @Override
        public String addSequence(AddSequence change) {
            return "";
        }

        @Override
        public String removeSequence(RemoveSequence change) {
            return "";
        }
    }
}
