/** Test fixtures shared by every module: fresh H2, SQLite and PostgreSQL databases. */
package io.psm.migrate.testing;
