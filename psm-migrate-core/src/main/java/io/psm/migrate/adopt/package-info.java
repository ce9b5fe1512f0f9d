/**
 * Adopting and shortening histories: {@link io.psm.migrate.adopt.FlywayImport} turns a Flyway
 * migration folder into a chain of revisions and takes over a database Flyway migrated (its
 * {@code flyway_schema_history} checked against the files with Flyway's own checksums);
 * {@link io.psm.migrate.adopt.Squash} replaces a linear run of revisions by one that keeps the
 * newest id, with their statements in order or the schema they build, read back as DDL.
 *
 * <p>Both plan first, from files and tables read once, and write only after everything was checked,
 * so a refusal leaves the migration folder and the database as they were.
 */
package io.psm.migrate.adopt;
