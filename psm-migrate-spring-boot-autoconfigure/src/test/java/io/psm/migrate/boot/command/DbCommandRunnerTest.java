package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.ModelChanges;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** A {@code db} command run against a started application's instance. */
class DbCommandRunnerTest {

    /** As in a {@code db} command run: beans are created when the command asks for them. */
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class))
            .withInitializer(context -> context.addBeanFactoryPostProcessor(
                    new LazyInitializationBeanFactoryPostProcessor()));

    @Test
    void upgradesTheApplicationsDatabaseAndPrintsTheSteps() {
        try (TestDatabase database = TestDatabases.h2()) {
            DbCommandMode command = new DbCommandMode(Optional.empty(), List.of("upgrade"));
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(DbCommandMode.class, () -> command)
                    .run(context -> {
                        Run run = run(context, command);
                        assertThat(run.status()).isZero();
                        assertThat(run.err()).contains("Running upgrade  -> a1b2c3d4e5f6, Create book");
                        assertThat(DatabaseState.versionRows(database.dataSource())).containsExactly(DatabaseState.HEAD);
                    });
        }
    }

    @Test
    void runsOnTheInstanceNamedAfterDb() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            DbCommandMode command = new DbCommandMode(Optional.of("audit"), List.of("upgrade"));
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.audit.url=" + audit.databaseUrl(),
                            "psm.migrate.instances.audit.locations=classpath:scenarios/audit")
                    .withBean(DbCommandMode.class, () -> command)
                    .run(context -> {
                        assertThat(run(context, command).status()).isZero();
                        assertThat(DatabaseState.versionRows(audit.dataSource())).containsExactly("d4e5f6a7b8c9");
                        assertThat(DatabaseState.versionRows(application.dataSource())).isEmpty();
                    });
        }
    }

    @Test
    void checkComparesThroughTheApplicationsAutogenerator() {
        try (TestDatabase database = TestDatabases.h2()) {
            DbCommandMode command = new DbCommandMode(Optional.empty(), List.of("check"));
            Autogenerator inLine = migrate -> ModelChanges.none();
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(Autogenerator.class, () -> inLine)
                    .run(context -> {
                        Run run = run(context, command);
                        assertThat(run.status()).as(run.err()).isZero();
                        assertThat(run.out()).contains("No new upgrade operations detected.");
                    });
        }
    }

    @Test
    void checkWithoutAnAutogeneratorIsAUsageError() {
        try (TestDatabase database = TestDatabases.h2()) {
            DbCommandMode command = new DbCommandMode(Optional.empty(), List.of("check"));
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .run(context -> assertThat(run(context, command).status()).isEqualTo(2));
        }
    }

    @Test
    void unknownInstanceIsAUsageErrorListingTheInstances() {
        try (TestDatabase database = TestDatabases.h2()) {
            DbCommandMode command = new DbCommandMode(Optional.of("billing"), List.of("current"));
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                Run run = run(context, command);
                assertThat(run.status()).isEqualTo(2);
                assertThat(run.err()).startsWith("ERROR: there is no psm-migrate instance named 'billing'")
                        .contains("default");
            });
        }
    }

    @Test
    void applicationWithoutPsmMigrateSaysWhatIsMissing() {
        DbCommandMode command = new DbCommandMode(Optional.empty(), List.of("current"));
        this.contextRunner.withPropertyValues("psm.migrate.enabled=false").run(context -> {
            Run run = run(context, command);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith("ERROR: psm-migrate is not configured in this application");
        });
    }

    @Test
    void invalidSettingsFailTheCommandWithTheirMessage() {
        DbCommandMode command = new DbCommandMode(Optional.empty(), List.of("current"));
        this.contextRunner.withPropertyValues("psm.migrate.url=ftp://root:t0psecret@localhost/app")
                .withBean(DbCommandMode.class, () -> command)
                .run(context -> {
                    Run run = run(context, command);
                    assertThat(run.status()).isEqualTo(1);
                    assertThat(run.err()).startsWith("ERROR: psm.migrate.url: ").doesNotContain("t0psecret");
                });
    }

    private static Run run(ApplicationContext context, DbCommandMode command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DbCommandRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(context, command);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a command printed and returned. */
    private record Run(int status, String out, String err) {
    }
}
