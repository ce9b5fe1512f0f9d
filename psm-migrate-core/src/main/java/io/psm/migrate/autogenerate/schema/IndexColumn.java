package io.psm.migrate.autogenerate.schema;

/**
 * One column of an index with its sort order.
 *
 * @param name  the column name in catalog form
 * @param order ascending or descending
 */
public record IndexColumn(String name, SortOrder order) {

    /** An ascending index column. */
    public static IndexColumn ascending(String name) {
        return new IndexColumn(name, SortOrder.ASC);
    }
}
