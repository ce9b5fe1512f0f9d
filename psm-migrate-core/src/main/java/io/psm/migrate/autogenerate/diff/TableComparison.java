package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares one table the model and the database both have: its columns, then its constraints. */
final class TableComparison {

    private final Table target;
    private final Table current;
    private final List<SchemaChange> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    TableComparison(Table target, Table current) {
        this.target = target;
        this.current = current;
        compareColumns();
        comparePrimaryKeys();
        compareChecks();
        ConstraintComparison constraints = new ConstraintComparison(target, current);
        changes.addAll(constraints.changes());
    }

    List<SchemaChange> changes() {
        return List.copyOf(changes);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void compareColumns() {
        List<SchemaChange> columnChanges = new ArrayList<>();
        for (Column column : target.columns()) {
            Optional<Column> existing = current.column(column.name());
            if (existing.isEmpty()) {
                columnChanges.add(new AddColumn(target.name(), column));
            } else {
                compareColumn(column, existing.get(), columnChanges);
            }
        }
        current.columns().stream().filter(column -> target.column(column.name()).isEmpty())
                .forEach(column -> columnChanges.add(new RemoveColumn(target.name(), column)));
        changes.addAll(columnChanges);
        warnings.addAll(RenameWarnings.forColumns(target.name(), columnChanges));
    }

    private void compareColumn(Column wanted, Column existing, List<SchemaChange> columnChanges) {
        String where = Names.column(target.name(), wanted.name());
        if (!wanted.type().equals(existing.type())) {
            columnChanges.add(new AlterColumnType(target.name(), existing, wanted.type()));
        }
        if (wanted.nullability() != existing.nullability()) {
            columnChanges.add(new AlterColumnNullability(target.name(), existing, wanted.nullability()));
        }
        if (wanted.generation() != existing.generation()) {
            warnings.add("Column " + where + " is " + describe(existing) + " in the database but "
                    + describe(wanted) + " in the model; identity changes are not generated");
        }
        if (wanted.defaultValue().isPresent() && !sameDefault(wanted.defaultValue(), existing.defaultValue())) {
            warnings.add("Column " + where + " has default " + existing.defaultValue().orElse("(none)")
                    + " in the database but " + wanted.defaultValue().get()
                    + " in the model; default changes are not generated");
        }
    }

    private void comparePrimaryKeys() {
        if (!target.primaryKey().equals(current.primaryKey())) {
            warnings.add("The primary key of " + Names.quoted(target.name()) + " is (" + Names.list(current.primaryKey())
                    + ") in the database but (" + Names.list(target.primaryKey())
                    + ") in the model; primary-key changes are not generated");
        }
    }

    private void compareChecks() {
        if (!target.checks().isEmpty() && target.checks().size() != current.checks().size()) {
            warnings.add("Table " + Names.quoted(target.name()) + " has " + current.checks().size()
                    + " check constraint(s) in the database but " + target.checks().size()
                    + " in the model; check constraints are not compared");
        }
    }

    private static String describe(Column column) {
        return column.isIdentity() ? "an identity column" : "not an identity column";
    }

    private static boolean sameDefault(Optional<String> wanted, Optional<String> existing) {
        return existing.isPresent() && normalizeDefault(wanted.get()).equals(normalizeDefault(existing.get()));
    }

    /** Drops PostgreSQL's casts ({@code 'a'::character varying}), outer parentheses and case. */
    private static String normalizeDefault(String expression) {
        String text = expression.trim().replaceAll("::[a-zA-Z ]+(\\[\\])?", "");
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
