package io.psm.migrate.boot.testcontainers;

import io.psm.migrate.boot.autoconfigure.PsmMigrateConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Connects psm-migrate to a Testcontainers database container annotated
 * {@code @ServiceConnection}. Registered in {@code META-INF/spring.factories}.
 */
class PsmMigrateContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, PsmMigrateConnectionDetails> {

    @Override
    protected PsmMigrateConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new ContainerDetails(source);
    }

    /** The container's URL, user, password and driver. */
    private static final class ContainerDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
            implements PsmMigrateConnectionDetails {

        private ContainerDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }

        @Override
        public String getDriverClassName() {
            return getContainer().getDriverClassName();
        }
    }
}
