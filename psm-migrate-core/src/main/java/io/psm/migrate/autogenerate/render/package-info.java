/**
 * Rendering detected schema changes as SQL for PostgreSQL and H2.
 *
 * <p>{@link io.psm.migrate.autogenerate.render.SqlRenderer} is the entry point, with one
 * implementation per database. Statements come out in dependency order (sequences and tables before
 * the foreign keys that reference them; foreign keys dropped before their tables), identifiers are
 * quoted only where the database needs it, and each statement carries the warnings that concern it
 * as comment lines.
 */
package io.psm.migrate.autogenerate.render;
