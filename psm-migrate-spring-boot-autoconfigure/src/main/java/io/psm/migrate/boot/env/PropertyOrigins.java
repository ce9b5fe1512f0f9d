package io.psm.migrate.boot.env;

import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where a property of the environment is set, in words a person recognises: {@code --spring.datasource.url
 * (command line)}, {@code DATABASE_URL (environment variable)}, {@code spring.datasource.url in class path
 * resource [application.properties] - 3:23}.
 */
final class PropertyOrigins {

    private PropertyOrigins() {
    }

    /**
     * The property source that sets a property, the one that wins.
     *
     * @param environment the environment
     * @param name        the property ({@code spring.datasource.url} also finds {@code SPRING_DATASOURCE_URL})
     * @return the source, or empty when the property is not set
     */
    static Optional<PropertySource<?>> source(ConfigurableEnvironment environment, String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                    && source.containsProperty(name)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The precedence of a source: lower wins. */
    static int precedence(ConfigurableEnvironment environment, PropertySource<?> source) {
        return environment.getPropertySources().precedenceOf(source);
    }

    /**
     * Describes where a property is set.
     *
     * @param source the source that sets it
     * @param name   the property
     * @return the description
     */
    static String describe(PropertySource<?> source, String name) {
        Origin origin = OriginLookup.getOrigin(source, name);
        if (origin instanceof SystemEnvironmentOrigin variable) {
            return variable.getProperty() + " (environment variable)";
        }
        if (source instanceof CommandLinePropertySource<?>) {
            return "--" + name + " (command line)";
        }
        if (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName())) {
            return "-D" + name + " (system property)";
        }
        if (StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())) {
            return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + " (environment variable)";
        }
        if (origin instanceof TextResourceOrigin text && text.getResource() != null) {
            return name + " in " + text;
        }
        return name + " (" + source.getName() + ")";
    }
}
