package io.psm.migrate.boot.env;

import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.jdbc.DatabaseUrlException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Configures the application's DataSource from {@code DATABASE_URL}
 * ({@code postgresql://user:password@host:5432/db}, {@code h2:file:./data/app}, {@code jdbc:...}):
 * URL, user and percent-decoded password. As twelve-factor applications expect, the environment
 * configures the deployment: a {@code DATABASE_URL} wins over a {@code spring.datasource.url} set
 * with lower precedence (the configuration files packaged with the application), and yields to one
 * set with the same or higher precedence (an explicit {@code SPRING_DATASOURCE_URL}, a system
 * property, a command-line argument, or the same file). {@link ConfiguredDatabase} says which won.
 * A malformed URL stops start-up with {@link InvalidDatabaseUrlException}, whose message shows no
 * password. Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The environment variable read. */
    public static final String DATABASE_URL = "DATABASE_URL";

    /** The name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "psmMigrateDatabaseUrl";

    /** Runs after the configuration files are read, so that their {@code spring.datasource.url} counts. */
    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;

    private static final String DATASOURCE_URL = "spring.datasource.url";

    /** Creates the post-processor; Spring Boot instantiates it from {@code spring.factories}. */
    public DatabaseUrlEnvironmentPostProcessor() {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(DATABASE_URL);
        Optional<PropertySource<?>> databaseUrl = PropertyOrigins.source(environment, DATABASE_URL);
        if (!StringUtils.hasText(url) || databaseUrl.isEmpty()) {
            return;
        }
        Optional<PropertySource<?>> explicit = StringUtils.hasText(environment.getProperty(DATASOURCE_URL))
                ? PropertyOrigins.source(environment, DATASOURCE_URL) : Optional.empty();
        if (explicit.isPresent() && PropertyOrigins.precedence(environment, explicit.get())
                <= PropertyOrigins.precedence(environment, databaseUrl.get())) {
            return;
        }
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties(url.trim()));
        if (explicit.isPresent()) {
            environment.getPropertySources().addBefore(explicit.get().getName(), source);
        } else {
            add(environment.getPropertySources(), source);
        }
    }

    private static Map<String, Object> properties(String url) {
        DatabaseUrl database;
        try {
            database = DatabaseUrl.parse(url);
        } catch (DatabaseUrlException ex) {
            throw new InvalidDatabaseUrlException(DATABASE_URL, ex);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(DATASOURCE_URL, database.jdbcUrl());
        database.user().ifPresent(user -> properties.put("spring.datasource.username", user));
        database.password().ifPresent(password -> properties.put("spring.datasource.password", password));
        return properties;
    }

    private static void add(MutablePropertySources sources, MapPropertySource source) {
        String environmentVariables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (sources.contains(environmentVariables)) {
            sources.addAfter(environmentVariables, source);
        } else {
            sources.addLast(source);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
