package io.psm.migrate.boot.command;

import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What a {@code db} command changes in the application: no web server, no banner, beans created
 * only when the command needs them, no start-up schema work by Hibernate, SQL scripts, Flyway or
 * Liquibase. Added before every other property source, so the application's own settings cannot
 * turn a command back into a start.
 */
final class DbCommandProperties {

    static final String PROPERTY_SOURCE_NAME = "psmMigrateDbCommand";

    static final Map<String, Object> OVERRIDES = Map.ofEntries(
            Map.entry("spring.main.web-application-type", "none"),
            Map.entry("spring.main.lazy-initialization", "true"),
            Map.entry("spring.main.banner-mode", "off"),
            Map.entry("spring.main.log-startup-info", "false"),
            Map.entry("spring.jpa.hibernate.ddl-auto", "none"),
            Map.entry("spring.sql.init.mode", "never"),
            Map.entry("spring.flyway.enabled", "false"),
            Map.entry("spring.liquibase.enabled", "false"),
            Map.entry("spring.batch.job.enabled", "false"),
            // The command prints each step itself; the engine's own lines would repeat them.
            Map.entry("logging.level.io.psm.migrate", "warn"));

    private DbCommandProperties() {
    }

    /** Puts the overrides first in the environment. */
    static void apply(ConfigurableEnvironment environment) {
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, OVERRIDES));
    }
}
