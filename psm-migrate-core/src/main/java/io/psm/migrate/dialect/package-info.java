/**
 * What differs between databases, behind one interface: {@link io.psm.migrate.dialect.Dialect},
 * with one implementation per database (PostgreSQL, H2), found from the connection's metadata or,
 * offline, from a URL or name. A dialect quotes and qualifies identifiers, writes the DDL of the
 * version and history tables, says whether DDL is transactional, checks that a table exists, sets
 * a connection's schema, names the current user and takes the migration lock (a session advisory
 * lock on PostgreSQL, a row held by an open transaction on H2). The engine never asks which
 * database it talks to.
 */
package io.psm.migrate.dialect;
