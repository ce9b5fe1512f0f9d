/**
 * The version table (one row per current head, Alembic's {@code alembic_version} shape) and the
 * history table (one row per step run), through {@link io.psm.migrate.version.VersionTables}:
 * created on first use, read, changed one {@link io.psm.migrate.plan.VersionChange} at a time with
 * bind parameters and checked row counts, or rendered as literal SQL for an offline script.
 */
package io.psm.migrate.version;
