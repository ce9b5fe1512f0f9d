package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** Where the {@code db} commands read scripts and write new ones. */
class ApplicationCommandEnvironmentTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class))
            .withInitializer(context -> context.addBeanFactoryPostProcessor(
                    new LazyInitializationBeanFactoryPostProcessor()));

    @TempDir
    Path sources;

    @Test
    void readsTheSourceDirectoryWhenTheApplicationRunsFromItsProject() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.script-directory=" + this.sources)
                    .run(context -> {
                        ApplicationCommandEnvironment environment = environment(context);
                        assertThat(environment.defaultDirectory()).isEqualTo(this.sources);
                        assertThat(environment.sourceLocation()).contains("filesystem:" + this.sources.toAbsolutePath());
                    });
        }
    }

    @Test
    void readsTheClasspathWhenTheSourceDirectoryIsNotThere() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.script-directory=" + this.sources.resolve("absent"))
                    .run(context -> assertThat(environment(context).sourceLocation()).isEmpty());
        }
    }

    @Test
    void readsEveryConfiguredLocationWhenThereAreSeveral() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.script-directory=" + this.sources,
                            "psm.migrate.locations=classpath:db/migrations,classpath:scenarios/audit")
                    .run(context -> assertThat(environment(context).sourceLocation()).isEmpty());
        }
    }

    @Test
    void writesNewScriptsToTheSourcesOfTheFirstLocationByDefault() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .run(context -> assertThat(environment(context).defaultDirectory())
                            .isEqualTo(Path.of("src/main/resources/db/migrations")));
        }
    }

    private static ApplicationCommandEnvironment environment(ApplicationContext context) {
        return new ApplicationCommandEnvironment(context.getBean(PsmMigrateInstances.class)
                .find(PsmMigrateInstances.DEFAULT).orElseThrow(), Optional::empty, context.getEnvironment(), System.err);
    }
}
