package io.psm.migrate.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an instance does on start-up and where its commands write, as bound from its properties.
 *
 * @param mode                   upgrade, validate or off
 * @param target                 the revision start-up upgrades to or validates against
 * @param connectRetries         how many more times to try reaching the database on start-up
 * @param connectRetriesInterval how long to wait between those attempts
 * @param scriptDirectory        where the {@code db} commands write new scripts, when set explicitly
 * @param failOnMissingLocations whether a location that does not exist is an error
 * @param probeTimeout           how long the health indicator and the endpoint wait for the database
 */
record InstanceSettings(MigrationMode mode, String target, int connectRetries, Duration connectRetriesInterval,
        Optional<Path> scriptDirectory, boolean failOnMissingLocations, Duration probeTimeout) {

    InstanceSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(connectRetriesInterval, "connectRetriesInterval");
        Objects.requireNonNull(scriptDirectory, "scriptDirectory");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
    }
}
