package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the model an application expects with the schema a database holds, as Alembic's
 * autogenerate compares metadata with a connection: tables, columns (type, nullability), indexes,
 * unique constraints, foreign keys and sequences.
 *
 * <p>Pure: no JDBC, no clock; the same two models always give the same result, in the same order.
 * Both models must be spelled for the same database (the caller checks), since names and types are
 * compared as strings.
 */
public final class SchemaDiff {

    /**
     * Compares two schemas.
     *
     * @param target   what the application's entities need
     * @param database what the database holds
     * @return the changes that make the database match the target, and warnings
     */
    public DiffResult compare(SchemaModel target, SchemaModel database) {
        List<SchemaChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Table> existing = byName(database.tables(), Table::name);
        Set<String> wanted = byName(target.tables(), Table::name).keySet();
        Map<String, Sequence> sequences = byName(database.sequences(), Sequence::name);
        Set<String> neededSequences = byName(target.sequences(), Sequence::name).keySet();

        target.sequences().stream().filter(sequence -> !sequences.containsKey(sequence.name()))
                .forEach(sequence -> changes.add(new AddSequence(sequence)));
        target.tables().stream().filter(table -> !existing.containsKey(table.name()))
                .forEach(table -> changes.add(new AddTable(table)));
        database.tables().stream().filter(table -> !wanted.contains(table.name()))
                .forEach(table -> changes.add(new RemoveTable(table)));
        warnings.addAll(RenameWarnings.forTables(changes));
        for (Table table : target.tables()) {
            if (existing.containsKey(table.name())) {
                TableComparison comparison = new TableComparison(table, existing.get(table.name()));
                changes.addAll(comparison.changes());
                warnings.addAll(comparison.warnings());
            }
        }
        for (Sequence sequence : target.sequences()) {
            Sequence current = sequences.get(sequence.name());
            if (current != null && current.increment() != sequence.increment()) {
                warnings.add("Sequence " + Names.quoted(sequence.name()) + " increments by " + current.increment()
                        + " but the model allocates " + sequence.increment() + " at a time; not changed");
            }
        }
        for (Sequence sequence : database.sequences()) {
            if (!neededSequences.contains(sequence.name())) {
                Optional<String> user = SequenceUsers.columnUsing(sequence, database, target);
                if (user.isPresent()) {
                    warnings.add("Sequence " + Names.quoted(sequence.name()) + " is not in the model but the default of "
                            + user.get() + " uses it; not dropped");
                } else {
                    changes.add(new RemoveSequence(sequence));
                }
            }
        }
        return new DiffResult(changes, warnings);
    }

    private static <T> Map<String, T> byName(List<T> values, Function<T, String> name) {
        return values.stream().collect(Collectors.toMap(name, Function.identity()));
    }
}
