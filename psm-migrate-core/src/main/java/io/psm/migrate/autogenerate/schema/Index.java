package io.psm.migrate.autogenerate.schema;

import java.util.List;

/**
 * An index created with {@code CREATE [UNIQUE] INDEX}. Indexes that a database creates by itself to
 * back a primary key, unique constraint or foreign key are not indexes in this model.
 *
 * @param name       the index name in catalog form
 * @param columns    the indexed columns, in index order
 * @param uniqueness whether the index is unique
 */
public record Index(String name, List<IndexColumn> columns, Uniqueness uniqueness) {

    public Index {
        columns = List.copyOf(columns);
    }

    /** The names of the indexed columns, in index order. */
    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }

    /** Whether the index is unique. */
    public boolean isUnique() {
        return uniqueness == Uniqueness.UNIQUE;
    }
}
