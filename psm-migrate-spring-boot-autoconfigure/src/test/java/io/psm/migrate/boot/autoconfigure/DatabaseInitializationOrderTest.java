package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.slice.Book;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** The migrations run before JPA, JdbcTemplate and the application's beans that use the database. */
class DatabaseInitializationOrderTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, PsmMigrateAutoConfiguration.class))
            .withUserConfiguration(BookEntities.class);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void hibernateValidatesTheMigratedSchema(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
                    .run(context -> assertThat(context).hasNotFailed());
        }
    }

    @Test
    void hibernateValidationFailsWhenNothingIsMigrated() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "psm.migrate.mode=off")
                    .run(context -> assertThat(context).hasFailed());
        }
    }

    @Test
    void hibernateLeavesAMigratedEmbeddedDatabaseAlone() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(DatabaseState.columns(database.dataSource(), "book")).contains("shelf_note");
            });
        }
    }

    @Test
    void jdbcTemplateUsersSeeTheMigratedSchema() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(BookCount.class)
                    .run(context -> assertThat(context.getBean(BookCount.class).atStartup()).isZero());
        }
    }

    @Test
    void reportsTheMigratedDataSourceAsManaged() {
        try (TestDatabase database = TestDatabases.h2(); TestDatabase other = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                PsmMigrateSchemaManagementProvider provider = context.getBean(PsmMigrateSchemaManagementProvider.class);
                assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                        .isEqualTo(org.springframework.boot.jdbc.SchemaManagement.MANAGED);
                assertThat(provider.getSchemaManagement(other.dataSource()))
                        .isEqualTo(org.springframework.boot.jdbc.SchemaManagement.UNMANAGED);
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Book.class)
    static class BookEntities {
    }

    /** A bean of the application that reads the database as soon as it is created. */
    static class BookCount {

        private final int atStartup;

        BookCount(JdbcTemplate jdbcTemplate) {
            this.atStartup = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM book", Integer.class);
        }

        int atStartup() {
            return this.atStartup;
        }
    }
}
