/** Test fixtures shared by every module: fresh H2 and PostgreSQL databases. */
package io.psm.migrate.testing;
