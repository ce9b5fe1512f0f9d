package io.psm.migrate.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.boot.metrics.MigrationMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of psm-migrate's Micrometer meters, where Micrometer and a
 * {@link MeterRegistry} are present.
 */
@AutoConfiguration(after = PsmMigrateAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({MeterRegistry.class, PsmMigrateInstances.class})
public final class MigrationMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationMetrics psmMigrateMetrics(ObjectProvider<MeterRegistry> registry,
            ObjectProvider<PsmMigrateInstances> instances) {
        return new MigrationMetrics(registry::getObject, instances::getObject);
    }
}
