/**
 * Reading a live schema through JDBC into the autogenerate schema model.
 *
 * <p>{@link io.psm.migrate.autogenerate.jdbc.DatabaseSchemaReader} is the entry point. It uses
 * {@link java.sql.DatabaseMetaData} for tables, columns, primary keys, indexes and foreign keys, and a
 * few catalog queries per database for what {@code DatabaseMetaData} cannot tell: unique
 * constraints, the indexes a database creates by itself for its constraints, check constraints and
 * sequences. SQLite is read through {@code sqlite_master} and its pragmas instead, and the text of
 * each {@code CREATE TABLE} for constraint names and checks.
 */
package io.psm.migrate.autogenerate.jdbc;
