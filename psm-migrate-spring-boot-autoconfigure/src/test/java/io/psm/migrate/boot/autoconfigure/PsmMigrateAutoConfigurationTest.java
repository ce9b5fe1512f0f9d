package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** When the auto-configuration applies, backs off, and which database it migrates. */
class PsmMigrateAutoConfigurationTest {

    /** Hides what DataSourceAutoConfiguration needs, so that the application has no DataSource. */
    private static final FilteredClassLoader WITHOUT_DATASOURCE_AUTO_CONFIGURATION =
            new FilteredClassLoader(EmbeddedDatabaseType.class);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class));

    @Test
    void backsOffWithNoDataSourceBeanAndNoUrl() {
        this.contextRunner.withClassLoader(WITHOUT_DATASOURCE_AUTO_CONFIGURATION)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class)
                        .doesNotHaveBean(PsmMigrateInstances.class));
    }

    @Test
    void backsOffWhenDisabled() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.enabled=false")
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(PsmMigrateInstances.class);
                        assertThat(DatabaseState.versionRows(database.dataSource())).isEmpty();
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradesTheApplicationDatabaseToHeadOnStartup(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(PsmMigrateInitializer.class);
                assertThat(DatabaseState.versionRows(database.dataSource())).containsExactly(DatabaseState.HEAD);
                assertThat(DatabaseState.columns(database.dataSource(), "book")).contains("isbn", "shelf_note");
            });
        }
    }

    @Test
    void exposesTheApplicationDatabasesPsmMigrate() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context ->
                    assertThat(context.getBean(PsmMigrate.class).heads())
                            .extracting(node -> node.id()).containsExactly(DatabaseState.HEAD));
        }
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnPsmMigrate() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withUserConfiguration(OwnPsmMigrateConfiguration.class)
                    .run(context -> {
                        assertThat(context).hasSingleBean(PsmMigrate.class).doesNotHaveBean(PsmMigrateInitializer.class)
                                .doesNotHaveBean(PsmMigrateInstances.class);
                        assertThat(DatabaseState.versionRows(database.dataSource())).isEmpty();
                    });
        }
    }

    @Test
    void migratesTheSeparateUrlWithoutAnyDataSourceBean() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withClassLoader(WITHOUT_DATASOURCE_AUTO_CONFIGURATION)
                    .withPropertyValues("psm.migrate.url=" + database.databaseUrl())
                    .run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class);
                        assertThat(DatabaseState.versionRows(database.dataSource())).containsExactly(DatabaseState.HEAD);
                    });
        }
    }

    @Test
    void migratesTheSeparateUrlInsteadOfTheApplicationDatabase() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase migrated = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.url=" + migrated.jdbcUrl(), "psm.migrate.user=" + migrated.user())
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(migrated.dataSource())).containsExactly(DatabaseState.HEAD);
                        assertThat(DatabaseState.versionRows(application.dataSource())).isEmpty();
                    });
        }
    }

    @Test
    void migratesTheQualifiedDataSourceInsteadOfThePrimary() {
        try (TestDatabase primary = TestDatabases.h2(); TestDatabase qualified = TestDatabases.h2()) {
            this.contextRunner.withBean("primaryDatabase", TestDatabase.class, () -> primary)
                    .withBean("qualifiedDatabase", TestDatabase.class, () -> qualified)
                    .withUserConfiguration(QualifiedDataSourceConfiguration.class)
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(qualified.dataSource())).containsExactly(DatabaseState.HEAD);
                        assertThat(DatabaseState.versionRows(primary.dataSource())).isEmpty();
                    });
        }
    }

    @Test
    void failsNamingTheUrlPropertyWhenItCannotBeRead() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.url=ftp://root:t0psecret@localhost/app")
                    .run(context -> {
                        assertThat(Failures.migrateException(context.getStartupFailure()))
                                .isInstanceOf(InvalidPropertyException.class)
                                .hasMessageStartingWith("psm.migrate.url: ");
                        assertThat(Failures.printed(context.getStartupFailure())).doesNotContain("t0psecret");
                    });
        }
    }

    @Test
    void failsWithSeveralDataSourcesAndNoneChosen() {
        try (TestDatabase first = TestDatabases.h2(); TestDatabase second = TestDatabases.h2()) {
            this.contextRunner.withBean("first", DataSource.class, first::dataSource)
                    .withBean("second", DataSource.class, second::dataSource)
                    .run(context -> assertThat(Failures.migrateException(context.getStartupFailure()))
                            .isInstanceOf(InvalidPropertyException.class)
                            .hasMessageContaining("@Primary").hasMessageContaining("psm.migrate.url"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPsmMigrateConfiguration {

        @Bean
        @Primary
        PsmMigrate ownPsmMigrate(DataSource dataSource) {
            return PsmMigrate.configure().dataSource(dataSource).load();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedDataSourceConfiguration {

        @Bean
        @Primary
        DataSource primaryDataSource(@Qualifier("primaryDatabase") TestDatabase database) {
            return database.dataSource();
        }

        @Bean
        @PsmMigrateDataSource
        DataSource ddlDataSource(@Qualifier("qualifiedDatabase") TestDatabase database) {
            return database.dataSource();
        }
    }
}
