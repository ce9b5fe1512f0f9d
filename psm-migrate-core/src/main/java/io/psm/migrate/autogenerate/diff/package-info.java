/**
 * Comparing the entity model with the live database: the typed changes autogenerate detects.
 *
 * <p>{@link io.psm.migrate.autogenerate.diff.SchemaDiff} is the entry point; it is pure (no JDBC) and
 * returns {@link io.psm.migrate.autogenerate.diff.SchemaChange}s, each with its Alembic-style report
 * line ({@code Detected added column 'users.phone'}), its exact inverse (for the downgrade section)
 * and the warnings that go with it. What cannot be detected reliably (renames, default changes,
 * check constraints, identity changes) is returned as warnings, never guessed.
 */
package io.psm.migrate.autogenerate.diff;
