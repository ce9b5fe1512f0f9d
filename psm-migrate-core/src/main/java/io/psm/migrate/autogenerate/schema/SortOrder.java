package io.psm.migrate.autogenerate.schema;

/** The order of one column within an index. */
public enum SortOrder {

    /** Ascending, the default. */
    ASC,

    /** Descending. */
    DESC
}
