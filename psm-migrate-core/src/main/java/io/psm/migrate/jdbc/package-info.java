/**
 * Connections from a {@code DATABASE_URL}: {@link io.psm.migrate.jdbc.DatabaseUrl} turns
 * {@code postgresql://user:password@host/db}, {@code sqlite:///app.db}, {@code h2:mem:name} or a
 * {@code jdbc:} URL into a JDBC URL, a user and a password, hands out a plain
 * {@link javax.sql.DataSource} for them, and masks passwords in every text that shows a URL.
 * {@link io.psm.migrate.jdbc.Scratch} is an empty place beside a database (a schema, or a private
 * in-memory database) for {@code verify} and {@code squash --from-schema}.
 */
package io.psm.migrate.jdbc;
