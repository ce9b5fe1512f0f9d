package io.psm.migrate.plan;

/** What {@code stamp} does with the rows already in the version table. */
public enum StampMode {
    /** Move the existing heads towards the targets, as {@code stamp REV} does. */
    KEEP,
    /** Delete every row first, then stamp from an empty table, as {@code stamp --purge REV} does. */
    PURGE
}
