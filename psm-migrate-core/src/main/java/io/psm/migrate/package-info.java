/**
 * psm-migrate: Alembic's revision-graph migrations for Java.
 *
 * <p>{@link io.psm.migrate.PsmMigrate} is the entry point; {@link io.psm.migrate.JavaMigration} and
 * {@link io.psm.migrate.Revision} let a revision be written in Java.
 */
package io.psm.migrate;
