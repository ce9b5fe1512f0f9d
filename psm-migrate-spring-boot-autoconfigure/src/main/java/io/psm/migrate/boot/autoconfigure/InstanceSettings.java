package io.psm.migrate.boot.autoconfigure;

import java.time.Duration;
import java.util.Objects;

/**
 * What an instance does on start-up, as bound from its properties.
 *
 * @param mode                   upgrade, validate or off
 * @param target                 the revision start-up upgrades to or validates against
 * @param connectRetries         how many more times to try reaching the database on start-up
 * @param connectRetriesInterval how long to wait between those attempts
 */
record InstanceSettings(MigrationMode mode, String target, int connectRetries, Duration connectRetriesInterval) {

    InstanceSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(connectRetriesInterval, "connectRetriesInterval");
    }
}
