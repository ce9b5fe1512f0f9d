package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.util.Map;
import java.util.Optional;

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
            // Hibernate's own settings win over ddl-auto: autogenerate builds the EntityManagerFactory
            // and must find the schema the migrations left, neither validated nor updated.
            Map.entry("spring.jpa.properties.hibernate.hbm2ddl.auto", "none"),
            Map.entry("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none"),
            Map.entry("spring.jpa.generate-ddl", "false"),
            Map.entry("spring.sql.init.mode", "never"),
            Map.entry("spring.flyway.enabled", "false"),
            Map.entry("spring.liquibase.enabled", "false"),
            Map.entry("spring.batch.job.enabled", "false"),
            // A command uses a connection or two: no pool filled in the background.
            Map.entry("spring.datasource.hikari.minimum-idle", "1"),
            // The command prints each step itself; the engine's own lines would repeat them.
            Map.entry("logging.level.io.psm.migrate", "warn"));

    static final String QUIET_SOURCE_NAME = "psmMigrateDbCommandQuiet";

    /**
     * Only warnings from the application's own logging, as a command line tool speaks, and nothing
     * from the libraries that would report a failure the command reports itself: put last, so a
     * level the application sets explicitly still wins, and left out with {@code --verbose}.
     */
    static final Map<String, Object> QUIET = Map.of("logging.level.root", "warn",
            // A failure is the command's one ERROR line: not also the pool's, Hibernate's or Spring's report of it.
            "logging.level.com.zaxxer.hikari", "off",
            "logging.level.org.hibernate", "off",
            "logging.level.org.springframework.orm.jpa", "off",
            "logging.level.org.springframework.context", "error");

    private DbCommandProperties() {
    }

    /**
     * Puts the overrides first in the environment, and the quiet logging default last.
     *
     * @param environment the application's environment
     * @param command     the command being run
     */
    static void apply(ConfigurableEnvironment environment, DbCommandMode command) {
        environment.getPropertySources().addFirst(new CommandPropertySource(command));
        if (!command.arguments().contains("--verbose")) {
            environment.getPropertySources().addLast(new MapPropertySource(QUIET_SOURCE_NAME, QUIET));
        }
    }

    /**
     * The {@code db} command this environment runs, if it runs one.
     *
     * @param environment an application's environment
     * @return the command, or empty for a normal start
     */
    static Optional<DbCommandMode> command(ConfigurableEnvironment environment) {
        return (environment.getPropertySources().get(PROPERTY_SOURCE_NAME) instanceof CommandPropertySource source)
                ? Optional.of(source.command) : Optional.empty();
    }

    /** The overrides, marked with the command they serve. */
    private static final class CommandPropertySource extends MapPropertySource {

        private final DbCommandMode command;

        CommandPropertySource(DbCommandMode command) {
            super(PROPERTY_SOURCE_NAME, OVERRIDES);
            this.command = command;
        }
    }
}
