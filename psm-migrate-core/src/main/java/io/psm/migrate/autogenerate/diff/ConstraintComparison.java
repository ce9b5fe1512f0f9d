package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the indexes, unique constraints and foreign keys of one table. Indexes match by name,
 * unique constraints by their columns (databases name unnamed ones themselves) and foreign keys by
 * columns, referenced table and columns and delete rule. A unique constraint on one side and a unique
 * index on the same columns on the other enforce the same thing and count as equal.
 */
final class ConstraintComparison {

    private final Table target;
    private final Table current;
    private final Set<String> matchedIndexes = new HashSet<>();
    private final List<SchemaChange> changes = new ArrayList<>();

    ConstraintComparison(Table target, Table current) {
        this.target = target;
        this.current = current;
        List<SchemaChange> uniques = compareUniqueConstraints();
        compareIndexes();
        changes.addAll(uniques);
        compareForeignKeys();
    }

    List<SchemaChange> changes() {
        return List.copyOf(changes);
    }

    private List<SchemaChange> compareUniqueConstraints() {
        List<SchemaChange> result = new ArrayList<>();
        for (UniqueConstraint existing : current.uniqueConstraints()) {
            if (!hasUnique(target.uniqueConstraints(), existing.columns())
                    && !matchUniqueIndex(target.indexes(), existing.columns())) {
                result.add(new RemoveUniqueConstraint(target.name(), existing));
            }
        }
        for (UniqueConstraint wanted : target.uniqueConstraints()) {
            if (!hasUnique(current.uniqueConstraints(), wanted.columns())
                    && !matchUniqueIndex(current.indexes(), wanted.columns())) {
                result.add(new AddUniqueConstraint(target.name(), wanted));
            }
        }
        return result;
    }

    private static boolean hasUnique(List<UniqueConstraint> constraints, List<String> columns) {
        return constraints.stream().anyMatch(constraint -> constraint.columns().equals(columns));
    }

    /** Whether a unique index on exactly these columns stands in for a unique constraint; remembers it. */
    private boolean matchUniqueIndex(List<Index> indexes, List<String> columns) {
        Optional<Index> match = indexes.stream()
                .filter(index -> index.isUnique() && index.columnNames().equals(columns)).findFirst();
        match.ifPresent(index -> matchedIndexes.add(index.name()));
        return match.isPresent();
    }

    private void compareIndexes() {
        for (Index existing : current.indexes()) {
            Index wanted = find(target.indexes(), existing.name());
            if (matchedIndexes.contains(existing.name()) && wanted == null) {
                continue;
            }
            if (wanted == null || !wanted.equals(existing)) {
                changes.add(new RemoveIndex(target.name(), existing));
            }
        }
        for (Index wanted : target.indexes()) {
            Index existing = find(current.indexes(), wanted.name());
            if (matchedIndexes.contains(wanted.name()) && existing == null) {
                continue;
            }
            if (existing == null || !existing.equals(wanted)) {
                changes.add(new AddIndex(target.name(), wanted));
            }
        }
    }

    private static Index find(List<Index> indexes, String name) {
        return indexes.stream().filter(index -> index.name().equals(name)).findFirst().orElse(null);
    }

    private void compareForeignKeys() {
        Set<ForeignKey> wanted = unnamed(target.foreignKeys());
        Set<ForeignKey> existing = unnamed(current.foreignKeys());
        current.foreignKeys().stream().filter(key -> !wanted.contains(key.unnamed()))
                .forEach(key -> changes.add(new RemoveForeignKey(target.name(), key)));
        target.foreignKeys().stream().filter(key -> !existing.contains(key.unnamed()))
                .forEach(key -> changes.add(new AddForeignKey(target.name(), key)));
    }

    private static Set<ForeignKey> unnamed(List<ForeignKey> keys) {
        Set<ForeignKey> result = new HashSet<>();
        keys.forEach(key -> result.add(key.unnamed()));
        return result;
    }
}
