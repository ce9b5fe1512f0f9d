/** The {@code migrations} health contributor: whether each migrated database is at its target. */
package io.psm.migrate.boot.health;
