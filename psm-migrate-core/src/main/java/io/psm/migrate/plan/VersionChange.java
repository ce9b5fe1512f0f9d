package io.psm.migrate.plan;

/**
 * One change to the version table, which holds a row per current head: Alembic's insert, delete
 * and update (a merge deletes and updates, an unmerge inserts and updates).
 */
public sealed interface VersionChange {

    /** A new head row, for a step that starts a branch. */
    record Insert(String revision) implements VersionChange {
    }

    /** A head row removed, for a step back to base or into a revision another head still implies. */
    record Delete(String revision) implements VersionChange {
    }

    /** A head row moved from one revision to another. */
    record Update(String from, String to) implements VersionChange {
    }
}
