/**
 * What differs between databases, behind one interface: {@link io.psm.migrate.dialect.Dialect},
 * with one implementation per database (PostgreSQL, H2, SQLite), found from the connection's
 * metadata or, offline, from a URL or name. A dialect quotes and qualifies identifiers, writes the
 * DDL of the version and history tables, says whether DDL is transactional, checks that a table
 * exists, sets a connection's schema, names the current user, takes the migration lock (a session
 * advisory lock on PostgreSQL, a row held by an open transaction on H2, a file lock beside the
 * database on SQLite), prepares a migration session's connection (SQLite's busy timeout), guards
 * each revision's transaction where the database needs it (SQLite's foreign keys) and makes a
 * scratch beside the database (a schema, or SQLite's private in-memory database). The engine never
 * asks which database it talks to.
 */
package io.psm.migrate.dialect;
