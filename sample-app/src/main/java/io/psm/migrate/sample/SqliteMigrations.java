package io.psm.migrate.sample;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The sample's settings for a SQLite database ({@code DATABASE_URL=sqlite:///sample.db}), in place of
 * those of {@code application.properties} (the environment and the command line still win):
 * <ul>
 *   <li>the migrations come from {@code classpath:db/sqlite}: the same two revisions, written in
 *       SQLite's SQL, which has no identity columns;</li>
 *   <li>Hibernate does not validate the schema ({@code ddl-auto=none}): it expects {@code bigint} for
 *       a {@code Long} identity, while SQLite numbers rows only in an {@code INTEGER PRIMARY KEY},
 *       which is also what Hibernate's own SQLite DDL writes. {@code db check} compares the entities
 *       with the database instead.</li>
 * </ul>
 */
public class SqliteMigrations implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath:db/sqlite";

    private static final String NAME = "sampleSqliteSettings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", environment.getProperty("DATABASE_URL", ""));
        if (!url.toLowerCase(Locale.ROOT).matches("(jdbc:)?sqlite[:+].*")) {
            return;
        }
        MapPropertySource settings = new MapPropertySource(NAME, Map.of("psm.migrate.locations", LOCATION,
                "spring.jpa.hibernate.ddl-auto", "none"));
        String applicationProperties = environment.getPropertySources().stream().map(PropertySource::getName)
                .filter(name -> name.startsWith("Config resource")).findFirst().orElse(null);
        if (applicationProperties == null) {
            environment.getPropertySources().addLast(settings);
        } else {
            environment.getPropertySources().addBefore(applicationProperties, settings);
        }
    }
}
