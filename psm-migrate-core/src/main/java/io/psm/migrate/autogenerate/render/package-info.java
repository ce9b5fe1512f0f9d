/**
 * Rendering detected schema changes as SQL for PostgreSQL, H2 and SQLite.
 *
 * <p>{@link io.psm.migrate.autogenerate.render.SqlRenderer} is the entry point, with one
 * implementation per database. Statements come out in dependency order (sequences and tables before
 * the foreign keys that reference them; foreign keys dropped before their tables), identifiers are
 * quoted only where the database needs it, and each statement carries the warnings that concern it
 * as comment lines. On SQLite, changes its {@code ALTER TABLE} cannot make rebuild the table by
 * "move and copy", against the schema the changes apply to.
 */
package io.psm.migrate.autogenerate.render;
