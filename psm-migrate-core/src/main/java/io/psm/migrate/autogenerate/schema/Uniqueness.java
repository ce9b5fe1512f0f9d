package io.psm.migrate.autogenerate.schema;

/** Whether an index enforces unique values. */
public enum Uniqueness {

    /** {@code CREATE UNIQUE INDEX}. */
    UNIQUE,

    /** A plain {@code CREATE INDEX}. */
    NON_UNIQUE
}
