package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.dialect.Durations;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a database that is not reachable yet on start-up (a container still booting), as
 * {@code connect-retries} and {@code connect-retries-interval} say.
 */
final class ConnectionRetry {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConnectionRetry.class);

    private ConnectionRetry() {
    }

    /**
     * Opens and closes a connection until one succeeds or the retries run out. When they run out,
     * it returns all the same: the migration that follows fails with the database's own error.
     *
     * @param instance the instance whose database to reach
     */
    static void await(PsmMigrateInstance instance) {
        InstanceSettings settings = instance.settings();
        for (int attempt = 0; attempt < settings.connectRetries(); attempt++) {
            SQLException failure = tryConnect(instance);
            if (failure == null) {
                return;
            }
            LOGGER.warn("Database '{}' ({}) is not reachable: {}; retry {} of {} in {}", instance.name(),
                    instance.description(), DatabaseUrl.redact(failure.getMessage()), attempt + 1,
                    settings.connectRetries(), Durations.format(settings.connectRetriesInterval()));
            if (!sleep(settings.connectRetriesInterval())) {
                return;
            }
        }
    }

    private static SQLException tryConnect(PsmMigrateInstance instance) {
        try (Connection connection = instance.dataSource().getConnection()) {
            return null;
        } catch (SQLException ex) {
            return ex;
        }
    }

    private static boolean sleep(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
            return true;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
