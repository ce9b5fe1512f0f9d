package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** Several databases in one application: {@code psm.migrate.instances.<name>.*}. */
class MigrationInstancesTest {

    private static final String AUDIT_LOCATION = "classpath:scenarios/audit";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class));

    @Test
    void eachInstanceMigratesItsOwnDataSourceBean() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            this.contextRunner.withBean("dataSource", DataSource.class, application::dataSource, definition ->
                            definition.setPrimary(true))
                    .withBean("auditDataSource", DataSource.class, audit::dataSource)
                    .withPropertyValues("psm.migrate.instances.audit.data-source=auditDataSource",
                            "psm.migrate.instances.audit.locations=" + AUDIT_LOCATION)
                    .run(context -> {
                        assertThat(context.getBean(PsmMigrateInstances.class).names()).containsExactly("default", "audit");
                        assertThat(DatabaseState.versionRows(application.dataSource())).containsExactly(DatabaseState.HEAD);
                        assertThat(DatabaseState.versionRows(audit.dataSource())).containsExactly("d4e5f6a7b8c9");
                        assertThat(DatabaseState.hasTable(audit.dataSource(), "book")).isFalse();
                    });
        }
    }

    @Test
    void instanceWithAUrlMigratesThatDatabase() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.audit.url=" + audit.databaseUrl(),
                            "psm.migrate.instances.audit.locations=" + AUDIT_LOCATION)
                    .run(context -> assertThat(DatabaseState.versionRows(audit.dataSource()))
                            .containsExactly("d4e5f6a7b8c9"));
        }
    }

    @Test
    void instancesTakeNothingFromTheApplicationDatabasesSettings() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.version-table=app_version",
                            "psm.migrate.instances.audit.url=" + audit.databaseUrl(),
                            "psm.migrate.instances.audit.locations=" + AUDIT_LOCATION)
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(application.dataSource(), "app_version")).isNotEmpty();
                        assertThat(DatabaseState.versionRows(audit.dataSource(), "psm_version")).isNotEmpty();
                    });
        }
    }

    @Test
    void eachInstanceHasItsOwnMode() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.mode=off", "psm.migrate.instances.audit.url=" + audit.databaseUrl(),
                            "psm.migrate.instances.audit.locations=" + AUDIT_LOCATION)
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(application.dataSource())).isEmpty();
                        assertThat(DatabaseState.versionRows(audit.dataSource())).containsExactly("d4e5f6a7b8c9");
                    });
        }
    }

    @Test
    void instanceWithoutDataSourceOrUrlFailsNamingItsProperties() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.audit.locations=" + AUDIT_LOCATION)
                    .run(context -> assertThat(Failures.migrateException(context.getStartupFailure()))
                            .isInstanceOf(InvalidPropertyException.class)
                            .hasMessageContaining("psm.migrate.instances.audit").hasMessageContaining("data-source")
                            .hasMessageContaining("url"));
        }
    }

    @Test
    void unknownDataSourceBeanIsNamedWithTheBeansThatExist() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.audit.data-source=auditDataSorce")
                    .run(context -> assertThat(Failures.migrateException(context.getStartupFailure()))
                            .hasMessageContaining("psm.migrate.instances.audit.data-source")
                            .hasMessageContaining("'auditDataSorce'").hasMessageContaining("dataSource"));
        }
    }

    @Test
    void instanceNamedDefaultIsRejected() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.default.url=" + application.databaseUrl())
                    .run(context -> assertThat(Failures.migrateException(context.getStartupFailure()))
                            .hasMessageContaining("psm.migrate.instances.default").hasMessageContaining("another name"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void vendorPlaceholderPicksTheDatabasesOwnScripts(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.locations=classpath:scenarios/vendor/{vendor}")
                    .run(context -> {
                        String vendor = kind.name().toLowerCase(java.util.Locale.ROOT);
                        assertThat(DatabaseState.hasTable(database.dataSource(), "marker_" + vendor)).isTrue();
                        assertThat(context.getBean(PsmMigrateInstances.class).find("default").orElseThrow()
                                .scriptDirectory()).hasToString("src/main/resources/scenarios/vendor/" + vendor);
                    });
        }
    }
}
