/**
 * Auto-configuration of psm-migrate for Spring Boot: the {@code psm.migrate.*} properties, the
 * instances (the application's database and {@code psm.migrate.instances.<name>}), the start-up
 * migration ordered before everything that uses the database, and the hooks applications define
 * as beans ({@link io.psm.migrate.boot.autoconfigure.PsmMigrationStrategy},
 * {@link io.psm.migrate.boot.autoconfigure.PsmMigrateCustomizer},
 * {@link io.psm.migrate.boot.autoconfigure.PsmMigrateDataSource}).
 */
package io.psm.migrate.boot.autoconfigure;
