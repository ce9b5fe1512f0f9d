package io.psm.migrate.boot.health;

import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.FailedAttempt;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code migrations} health contributor: UP, OUT_OF_SERVICE, DOWN. */
class MigrationsHealthIndicatorTest {

    @TempDir
    Path scripts;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upWhenTheDatabaseIsAtItsTarget(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                Health health = indicator(context.getBean("migrationsHealthContributor", HealthContributor.class)).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("current", List.of(DatabaseState.HEAD))
                        .containsEntry("target", "head").doesNotContainKey("pending");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void outOfServiceWithRevisionsPending(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        Health health = indicator(context.getBean("migrationsHealthContributor", HealthContributor.class))
                                .health();
                        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                        assertThat(health.getDetails()).containsEntry("pending", DatabaseState.REVISIONS)
                                .containsEntry("current", List.of());
                    });
        }
    }

    @Test
    void downWhenTheStateCannotBeRead() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.gone.url=jdbc:h2:mem:gone;IFEXISTS=TRUE",
                            "psm.migrate.instances.gone.mode=off")
                    .run(context -> {
                        CompositeHealthContributor composite = (CompositeHealthContributor) context
                                .getBean("migrationsHealthContributor", HealthContributor.class);
                        Health gone = indicator(composite.getContributor("gone")).health();
                        assertThat(gone.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(gone.getDetails()).containsKey("error").containsEntry("database",
                                "jdbc:h2:mem:gone;IFEXISTS=TRUE");
                        assertThat(indicator(composite.getContributor("default")).health().getStatus())
                                .isEqualTo(Status.UP);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downNamingTheRevisionWhoseLastAttemptFailed(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            FailedAttempt.leave(database, this.scripts);
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        Health health = indicator(context.getBean("migrationsHealthContributor", HealthContributor.class))
                                .health();
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails()).containsEntry("pending", List.of(DatabaseState.HEAD));
                        assertThat(health.getDetails().get("failed")).asInstanceOf(InstanceOfAssertFactories.LIST)
                                .singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                                .containsEntry("revision", DatabaseState.HEAD).containsEntry("state", "failed")
                                .containsEntry("line", FailedAttempt.FAILED_LINE)
                                .containsEntry("statementsLeftApplied", List.of(FailedAttempt.FAILED_LINE - 1))
                                .hasEntrySatisfying("error", error -> assertThat(error.toString())
                                        .containsIgnoringCase("no_such_table"));
                    });
        }
    }

    @Test
    void downWithinTheProbeTimeoutWithTheDatabasesOwnMessageWhenItIsGone() throws Exception {
        Path file = this.scripts.resolve("app");
        String url = "jdbc:h2:file:" + file + ";IFEXISTS=TRUE";
        try (Connection create = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "")) {
            create.createStatement().execute("SELECT 1");
        }
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
                "psm.migrate.probe-timeout=2s").run(context -> {
            HealthIndicator indicator = indicator(context.getBean("migrationsHealthContributor", HealthContributor.class));
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                connection.createStatement().execute("SHUTDOWN");
            }
            try (var files = Files.list(this.scripts)) {
                for (Path each : files.filter(path -> path.getFileName().toString().startsWith("app.")).toList()) {
                    Files.delete(each);
                }
            }

            long start = System.nanoTime();
            Health health = indicator.health();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error").toString()).contains("not found");
            assertThat(took).isLessThan(Duration.ofSeconds(4));
        });
    }

    @Test
    void isOffWhenDisabled() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("management.health.migrations.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
        }
    }

    private static HealthIndicator indicator(HealthContributor contributor) {
        assertThat(contributor).isInstanceOf(MigrationsHealthIndicator.class);
        return (HealthIndicator) contributor;
    }
}
