/** Test fixtures of the Spring Boot integration: reading the state of a test database. */
package io.psm.migrate.boot.testing;
