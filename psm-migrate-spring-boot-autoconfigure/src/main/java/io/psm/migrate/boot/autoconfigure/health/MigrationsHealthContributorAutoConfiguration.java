package io.psm.migrate.boot.autoconfigure.health;

import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.boot.health.MigrationsHealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} health contributor: one indicator for a single
 * instance, one per instance under {@code migrations} when there are several. Off with
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(after = PsmMigrateAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(PsmMigrateInstances.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, PsmMigrateInstance> {

    MigrationsHealthContributorAutoConfiguration() {
        super(MigrationsHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = {"migrationsHealthIndicator", "migrationsHealthContributor"})
    HealthContributor migrationsHealthContributor(PsmMigrateInstances instances) {
        Map<String, PsmMigrateInstance> byName = new LinkedHashMap<>();
        instances.forEach(instance -> byName.put(instance.name(), instance));
        return createContributor(byName);
    }
}
