package io.psm.migrate.boot.env;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.util.Objects;
import java.util.Optional;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * The database the configuration names and where its URL comes from, as one INFO line says at
 * start-up and before each {@code db} command: {@code Database jdbc:postgresql://db:5432/app from
 * DATABASE_URL (environment variable)}. Also a warning when {@code DATABASE_URL} is set but a
 * {@code spring.datasource.url} of higher precedence configures the database instead.
 *
 * @param url     the JDBC URL as messages show it (password masked, an H2 file absolute)
 * @param origin  where it is set, as in {@code DATABASE_URL (environment variable)}
 * @param warning why a {@code DATABASE_URL} that is set is not used, if that is the case
 * @param source  whether a property names it, or no property does and Spring Boot made one up
 */
public record ConfiguredDatabase(String url, String origin, Optional<String> warning, Source source) {

    private static final String DATASOURCE_URL = "spring.datasource.url";

    /** What names the database. */
    public enum Source {

        /** A property: {@code spring.datasource.url}, {@code DATABASE_URL}, {@code psm.migrate.url}, ... */
        PROPERTY,

        /**
         * Nothing: Spring Boot's fallback, an in-memory database of its own (H2, HSQLDB, Derby)
         * that lives as long as the process.
         */
        EMBEDDED_FALLBACK
    }

    /** Checks every part. */
    public ConfiguredDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A database named by a property.
     *
     * @param url     the JDBC URL as messages show it
     * @param origin  where it is set
     * @param warning why a {@code DATABASE_URL} that is set is not used, if that is the case
     */
    public ConfiguredDatabase(String url, String origin, Optional<String> warning) {
        this(url, origin, warning, Source.PROPERTY);
    }

    /**
     * Spring Boot's in-memory database, used when no URL is configured anywhere.
     *
     * @param jdbcUrl the URL Spring Boot made up for it
     * @return the database
     */
    public static ConfiguredDatabase embeddedFallback(String jdbcUrl) {
        return new ConfiguredDatabase(DatabaseDisplay.of(jdbcUrl), "no configuration (Spring Boot's in-memory"
                + " database)", Optional.empty(), Source.EMBEDDED_FALLBACK);
    }

    /**
     * The application's database: {@code spring.datasource.url}, or {@code DATABASE_URL} where it wins
     * (see {@link DatabaseUrlEnvironmentPostProcessor}).
     *
     * @param environment the application's environment, {@code DATABASE_URL} already applied
     * @return the database, or empty when no URL is configured (a DataSource bean or a service
     *         connection may still define one)
     */
    public static Optional<ConfiguredDatabase> of(ConfigurableEnvironment environment) {
        Optional<PropertySource<?>> source = PropertyOrigins.source(environment, DATASOURCE_URL);
        Optional<PropertySource<?>> databaseUrl = StringUtils.hasText(environment.getProperty(
                DatabaseUrlEnvironmentPostProcessor.DATABASE_URL)) ? PropertyOrigins.source(environment,
                DatabaseUrlEnvironmentPostProcessor.DATABASE_URL) : Optional.empty();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String url = DatabaseDisplay.of(String.valueOf(environment.getProperty(DATASOURCE_URL)));
        if (DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME.equals(source.get().getName())) {
            String origin = databaseUrl.map(where -> PropertyOrigins.describe(where,
                    DatabaseUrlEnvironmentPostProcessor.DATABASE_URL)).orElse(DatabaseUrlEnvironmentPostProcessor.DATABASE_URL);
            return Optional.of(new ConfiguredDatabase(url, origin, Optional.empty()));
        }
        String origin = PropertyOrigins.describe(source.get(), DATASOURCE_URL);
        Optional<String> warning = databaseUrl.map(where -> PropertyOrigins.describe(where,
                DatabaseUrlEnvironmentPostProcessor.DATABASE_URL) + " is set but not used: " + origin
                + " takes precedence");
        return Optional.of(new ConfiguredDatabase(url, origin, warning));
    }

    /**
     * A database named by a property of psm-migrate's own ({@code psm.migrate.url}, {@code
     * psm.migrate.instances.audit.url}).
     *
     * @param environment the application's environment
     * @param property    the property
     * @return the database, or empty when the property is not set
     */
    public static Optional<ConfiguredDatabase> of(ConfigurableEnvironment environment, String property) {
        return PropertyOrigins.source(environment, property).map(source -> new ConfiguredDatabase(
                DatabaseDisplay.of(jdbcForm(String.valueOf(environment.getProperty(property)))),
                PropertyOrigins.describe(source, property), Optional.empty()));
    }

    private static String jdbcForm(String url) {
        try {
            return DatabaseUrl.parse(url).jdbcUrl();
        } catch (RuntimeException ex) {
            return url;
        }
    }

    /** The INFO line's text. */
    public String describe() {
        return "Database " + this.url + " from " + this.origin;
    }
}
