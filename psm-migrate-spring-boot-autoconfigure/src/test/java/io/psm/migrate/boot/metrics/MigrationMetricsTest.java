package io.psm.migrate.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.metrics.MigrationMetricsAutoConfiguration;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** Micrometer: a timer per revision run and a gauge of pending revisions. */
class MigrationMetricsTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class,
                    MigrationMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void timesEachRevisionRunOnStartup() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                for (String revision : DatabaseState.REVISIONS) {
                    assertThat(registry.get(MigrationMetrics.STEP_TIMER).tag("instance", "default")
                            .tag("revision", revision).tag("direction", "upgrade").timer().count()).isEqualTo(1);
                }
            });
        }
    }

    @Test
    void gaugesTheRevisionsPendingInEachInstance() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        context.getBean(MigrationMetrics.class).bindTo(registry);
                        assertThat(registry.get(MigrationMetrics.PENDING_GAUGE).tag("instance", "default").gauge().value())
                                .isEqualTo(DatabaseState.REVISIONS.size());
                    });
        }
    }
}
