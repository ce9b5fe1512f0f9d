package io.psm.migrate.autogenerate.schema;

/** Whether a column accepts {@code NULL}. */
public enum Nullability {

    /** The column accepts {@code NULL}. */
    NULL,

    /** The column is declared {@code NOT NULL}. */
    NOT_NULL
}
