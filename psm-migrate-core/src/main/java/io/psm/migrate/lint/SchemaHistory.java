package io.psm.migrate.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the revisions read so far did to the schema, as far as the rules need it: each table's
 * columns and their types, and which columns a validated {@code CHECK (col IS NOT NULL)} covers.
 * The lint walks the revisions oldest first and applies each statement after checking it, so a rule
 * sees the schema as it is just before the statement runs. Tables are known by their last name
 * part. Not thread-safe; one per lint run.
 */
final class SchemaHistory {

    private final Map<String, Map<String, Optional<ColumnType>>> columns = new HashMap<>();
    private final Map<String, Set<String>> checkedNotNull = new HashMap<>();
    private final Map<String, List<String>> notValidChecks = new HashMap<>();

    /**
     * A column's type before the statement being checked.
     *
     * @return the type; empty when the history does not show it
     */
    Optional<ColumnType> columnType(Name table, String column) {
        return columns.getOrDefault(table.last(), Map.of()).getOrDefault(column, Optional.empty());
    }

    /** Whether a validated {@code CHECK (column IS NOT NULL)} covers the column. */
    boolean hasValidatedNotNullCheck(Name table, String column) {
        return checkedNotNull.getOrDefault(table.last(), Set.of()).contains(column);
    }

    /** Records what a statement did. */
    void apply(Shape shape) {
        if (shape instanceof Shape.CreateTable create) {
            Map<String, Optional<ColumnType>> table = new HashMap<>();
            create.columns().forEach(column -> table.put(column.name(), column.type()));
            columns.put(create.table().last(), table);
            checkedNotNull.remove(create.table().last());
        } else if (shape instanceof Shape.AlterTable alter) {
            alter.actions().forEach(action -> apply(alter.table().last(), action));
        } else if (shape instanceof Shape.DropTable drop) {
            drop.tables().forEach(table -> forget(table.last()));
        } else if (shape instanceof Shape.RenameTables rename) {
            for (int i = 0; i < rename.from().size(); i++) {
                move(rename.from().get(i).last(), rename.to().get(i).last());
            }
        }
    }

    private void apply(String table, AlterAction action) {
        Map<String, Optional<ColumnType>> known = columns.computeIfAbsent(table, name -> new HashMap<>());
        if (action instanceof AlterAction.AddColumn add) {
            known.put(add.column().name(), add.column().type());
        } else if (action instanceof AlterAction.DropColumn drop) {
            known.remove(drop.column());
        } else if (action instanceof AlterAction.AlterColumnType alter) {
            known.put(alter.column(), Optional.of(alter.type()));
        } else if (action instanceof AlterAction.ModifyColumn modify) {
            known.remove(modify.column());
            known.put(modify.defined().name(), modify.defined().type());
        } else if (action instanceof AlterAction.RenameColumn rename) {
            Optional<ColumnType> type = known.remove(rename.column());
            known.put(rename.newName(), type == null ? Optional.empty() : type);
        } else if (action instanceof AlterAction.RenameTable rename) {
            move(table, rename.newName().last());
        } else if (action instanceof AlterAction.AddConstraint add && add.notNullColumn().isPresent()) {
            if (!add.notValid()) {
                checkedNotNull.computeIfAbsent(table, name -> new HashSet<>()).add(add.notNullColumn().get());
            } else {
                add.name().ifPresent(name -> notValidChecks.put(name, List.of(table, add.notNullColumn().get())));
            }
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            List<String> check = notValidChecks.remove(validate.name());
            if (check != null) {
                checkedNotNull.computeIfAbsent(check.get(0), name -> new HashSet<>()).add(check.get(1));
            }
        }
    }

    private void move(String from, String to) {
        Map<String, Optional<ColumnType>> table = columns.remove(from);
        if (table != null) {
            columns.put(to, table);
        }
        Set<String> checked = checkedNotNull.remove(from);
        if (checked != null) {
            checkedNotNull.put(to, checked);
        }
    }

    private void forget(String table) {
        columns.remove(table);
        checkedNotNull.remove(table);
    }
}
