/**
 * The schema model that autogenerate compares: tables, columns, keys, indexes, foreign keys,
 * check constraints and sequences of one database schema, as immutable records.
 *
 * <p>Both sides of a comparison are expressed in this model: the live database (read through JDBC)
 * and the application's entity model (read from Hibernate). Names are held in their <em>catalog
 * form</em>, the spelling the database stores ({@code users} on PostgreSQL, {@code USERS} on H2 for
 * an unquoted {@code users}; a quoted name exactly as written), so two names denote the same
 * object exactly when their strings are equal. Column types are held in a canonical spelling per
 * database ({@link io.psm.migrate.autogenerate.schema.DatabaseKind#columnType(String)}), so synonyms
 * such as {@code int4} and {@code INTEGER} compare equal.
 */
package io.psm.migrate.autogenerate.schema;
