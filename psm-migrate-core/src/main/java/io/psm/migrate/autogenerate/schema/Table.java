package io.psm.migrate.autogenerate.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table with its columns and constraints. Columns keep their declared order; the constraint
 * lists are sorted by name so that equal tables are equal records.
 *
 * @param name              the table name in catalog form
 * @param columns           the columns in declared order
 * @param primaryKey        the primary-key columns in key order; empty when there is none (the
 *                          key's own name is left to the database)
 * @param uniqueConstraints the unique constraints
 * @param indexes           the indexes the database does not create by itself
 * @param foreignKeys       the foreign keys of this table
 * @param checks            the check constraints
 */
public record Table(String name, List<Column> columns, List<String> primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column of that catalog-form name, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
