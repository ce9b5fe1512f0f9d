package io.psm.migrate;

import java.sql.Connection;

/**
 * What a {@link JavaMigration} works with while it runs.
 *
 * @param connection the engine's connection; the engine owns it, so do not close it or end its
 *                   transaction
 * @param revision   the id of the revision being applied or reverted
 * @param schema     the schema migrations run in, or {@code null} for the connection's default
 */
public record MigrationContext(Connection connection, String revision, String schema) {
}
