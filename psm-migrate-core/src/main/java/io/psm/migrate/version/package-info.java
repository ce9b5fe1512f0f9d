/**
 * The version table (one row per current head, Alembic's {@code alembic_version} shape) and the
 * history table (one row per step run: applied, failed, or running when it commits as it goes, with
 * where a failed or running step stopped), through {@link io.psm.migrate.version.VersionTables}:
 * created on first use (a history table of an earlier version given its new columns), read, changed
 * one {@link io.psm.migrate.plan.VersionChange} at a time with bind parameters and checked row
 * counts, or rendered as literal SQL for an offline script. {@link io.psm.migrate.version.UnfinishedSteps}
 * tells which revisions' last attempts failed or never ended.
 */
package io.psm.migrate.version;
