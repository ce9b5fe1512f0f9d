package io.psm.migrate.boot.docker.compose;

import io.psm.migrate.boot.autoconfigure.PsmMigrateConnectionDetails;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connects psm-migrate to the database of a JDBC service connection (Docker Compose). Registered
 * in {@code META-INF/spring.factories}.
 */
class JdbcAdaptingPsmMigrateConnectionDetailsFactory
        implements ConnectionDetailsFactory<JdbcConnectionDetails, PsmMigrateConnectionDetails> {

    @Override
    public PsmMigrateConnectionDetails getConnectionDetails(JdbcConnectionDetails input) {
        return new PsmMigrateConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return input.getJdbcUrl();
            }

            @Override
            public String getUsername() {
                return input.getUsername();
            }

            @Override
            public String getPassword() {
                return input.getPassword();
            }

            @Override
            public String getDriverClassName() {
                return input.getDriverClassName();
            }
        };
    }
}
