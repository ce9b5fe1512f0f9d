/**
 * The {@code /actuator/migrations} endpoint: each migrated database's current revisions, heads,
 * pending revisions and history.
 */
package io.psm.migrate.boot.actuate.endpoint;
