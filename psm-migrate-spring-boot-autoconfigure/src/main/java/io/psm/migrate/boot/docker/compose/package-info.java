/** Docker Compose support: a JDBC service connection configures psm-migrate. */
package io.psm.migrate.boot.docker.compose;
