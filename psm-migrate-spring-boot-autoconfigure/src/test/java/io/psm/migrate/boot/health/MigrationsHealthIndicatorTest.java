package io.psm.migrate.boot.health;

import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.List;

import org.junit.jupiter.api.Test;
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
