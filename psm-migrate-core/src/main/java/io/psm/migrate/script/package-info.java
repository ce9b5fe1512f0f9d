/**
 * Migration scripts: loading them (SQL files and Java migrations) from locations, parsing their
 * headers, splitting their statements, and writing new ones.
 *
 * <p>{@link io.psm.migrate.script.ScriptLoader} turns locations into
 * {@link io.psm.migrate.script.MigrationScript}s, reporting every malformed file at once in an
 * {@link io.psm.migrate.script.InvalidScriptsException}; {@link io.psm.migrate.script.ScriptWriter}
 * writes {@code init}, {@code revision} and {@code merge} output. Everything else (the header parser,
 * the splitter, classpath and jar scanning) is internal.
 *
 * <h2>The SQL format</h2>
 * <pre>
 * -- Add phone field to User              (message: the first comment line)
 * --
 * -- Revision ID: 3f2a9c1b7d4e            (required)
 * -- Revises: 9b1c0e2d4f6a                (required; empty for a root; "a, b" for a merge)
 * -- Create Date: 2026-11-24 10:15:02.514213
 * -- Branch Labels: shop                  (optional, comma-separated)
 * -- Depends On: 5c2d1e8f9a0b             (optional, comma-separated ids)
 * -- Transactional: false                 (optional; true is the default)
 *
 * -- migrate:upgrade
 * ALTER TABLE users ADD COLUMN phone VARCHAR(20);
 *
 * -- migrate:downgrade
 * ALTER TABLE users DROP COLUMN phone;
 * </pre>
 * Keys are matched ignoring case; unknown keys are ignored, but one within two letters of a known key
 * is an error. An empty upgrade section runs nothing (merge revisions); a missing downgrade marker
 * means the revision cannot be downgraded, an empty downgrade section that downgrading runs nothing.
 */
package io.psm.migrate.script;
