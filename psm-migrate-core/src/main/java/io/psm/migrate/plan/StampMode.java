package io.psm.migrate.plan;

/** How {@code stamp} treats the rows already in the version table. (Provisional.) */
public enum StampMode {
    /** Move the existing heads as Alembic's stamp does. */
    KEEP,
    /** Empty the version table first ({@code --purge}). */
    PURGE
}
