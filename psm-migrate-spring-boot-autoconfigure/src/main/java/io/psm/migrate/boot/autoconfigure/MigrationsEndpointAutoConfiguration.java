package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.actuate.endpoint.MigrationsEndpoint;
import io.psm.migrate.boot.actuate.endpoint.MigrationsEndpointWebExtension;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} Actuator endpoint, where Actuator is on the
 * classpath and the endpoint is available (exposed through
 * {@code management.endpoints.web.exposure.include}, as every endpoint), and of its web extension,
 * which answers 503 when a database cannot be read.
 */
@AutoConfiguration(after = PsmMigrateAutoConfiguration.class)
@ConditionalOnClass({PsmMigrate.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(PsmMigrateInstances.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(PsmMigrateInstances instances) {
        return new MigrationsEndpoint(instances);
    }

    @Bean
    @ConditionalOnBean(MigrationsEndpoint.class)
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(exposure = EndpointExposure.WEB)
    MigrationsEndpointWebExtension migrationsEndpointWebExtension(MigrationsEndpoint endpoint) {
        return new MigrationsEndpointWebExtension(endpoint);
    }
}
