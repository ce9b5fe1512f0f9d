package io.psm.migrate.autogenerate.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tables and sequences of one schema, either as the database holds them or as the application's
 * entity model expects them.
 *
 * @param database       the database the names and types are spelled for
 * @param identifierCase how that database stores unquoted identifiers
 * @param tables         the tables, sorted by name
 * @param sequences      the sequences not owned by a column, sorted by name
 */
public record SchemaModel(DatabaseKind database, IdentifierCase identifierCase, List<Table> tables,
                          List<Sequence> sequences) {

    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** The table of that catalog-form name, if the schema has it. */
    public Optional<Table> table(String tableName) {
        return tables.stream().filter(table -> table.name().equals(tableName)).findFirst();
    }

    /** This model without the tables and sequences whose catalog-form names the predicate matches. */
    public SchemaModel without(Predicate<String> excluded) {
        return new SchemaModel(database, identifierCase,
                tables.stream().filter(table -> !excluded.test(table.name())).toList(),
                sequences.stream().filter(sequence -> !excluded.test(sequence.name())).toList());
    }
}
