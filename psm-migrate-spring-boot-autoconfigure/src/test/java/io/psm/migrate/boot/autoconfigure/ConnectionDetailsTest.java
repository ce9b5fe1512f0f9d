package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** Service connections (Testcontainers, Docker Compose) reach psm-migrate through its connection details. */
class ConnectionDetailsTest {

    private static final Log LOGGER = LogFactory.getLog(ConnectionDetailsTest.class);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class));

    @Test
    void migratesTheDatabaseOfAConnectionDetailsBean() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase service = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withBean(PsmMigrateConnectionDetails.class, () -> details(service))
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(PropertiesPsmMigrateConnectionDetails.class);
                        assertThat(DatabaseState.versionRows(service.dataSource())).containsExactly(DatabaseState.HEAD);
                        assertThat(DatabaseState.versionRows(application.dataSource())).isEmpty();
                    });
        }
    }

    @Test
    void jdbcServiceConnectionsAreAdaptedForPsmMigrate() {
        JdbcConnectionDetails jdbc = new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "app";
            }

            @Override
            public String getPassword() {
                return "secret";
            }

            @Override
            public String getJdbcUrl() {
                return "jdbc:postgresql://compose:5432/app";
            }
        };

        Map<Class<?>, ConnectionDetails> adapted = new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(jdbc, false);

        PsmMigrateConnectionDetails details = (PsmMigrateConnectionDetails) adapted.get(PsmMigrateConnectionDetails.class);
        assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://compose:5432/app");
        assertThat(details.getUsername()).isEqualTo("app");
        assertThat(details.getPassword()).isEqualTo("secret");
        assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
    }

    @Test
    void testcontainersServiceConnectionsHaveAFactory() {
        List<String> factories = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(ConnectionDetailsFactory.class, SpringFactoriesLoader.FailureHandler.logging(LOGGER)).stream().map(factory -> factory.getClass().getName()).toList();

        assertThat(factories).contains("io.psm.migrate.boot.testcontainers.PsmMigrateContainerConnectionDetailsFactory",
                "io.psm.migrate.boot.docker.compose.JdbcAdaptingPsmMigrateConnectionDetailsFactory");
    }

    private static PsmMigrateConnectionDetails details(TestDatabase database) {
        return new PsmMigrateConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return database.user();
            }

            @Override
            public String getPassword() {
                return database.password();
            }
        };
    }
}
