package io.psm.migrate.boot.env;

import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.jdbc.DatabaseUrlException;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Configures the application's DataSource from {@code DATABASE_URL}
 * ({@code postgresql://user:password@host:5432/db}, {@code h2:mem:name}, {@code jdbc:...}) when
 * {@code spring.datasource.url} is not set: URL, user and percent-decoded password, at the
 * precedence of environment variables. A malformed URL stops start-up with
 * {@link InvalidDatabaseUrlException}, whose message shows no password. Registered in
 * {@code META-INF/spring.factories}.
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
        if (!StringUtils.hasText(url) || StringUtils.hasText(environment.getProperty(DATASOURCE_URL))) {
            return;
        }
        add(environment.getPropertySources(), new MapPropertySource(PROPERTY_SOURCE_NAME, properties(url.trim())));
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
