/** Auto-configuration of the {@code migrations} health contributor. */
package io.psm.migrate.boot.autoconfigure.health;
