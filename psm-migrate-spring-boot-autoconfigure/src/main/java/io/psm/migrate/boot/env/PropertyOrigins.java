package io.psm.migrate.boot.env;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where a property of the environment is set, in words a person recognises: {@code --spring.datasource.url
 * (command line)}, {@code DATABASE_URL (environment variable)},
 * {@code spring.datasource.url in classpath:application.properties}.
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
            return name + " in " + location(text.getResource());
        }
        return name + " (" + source.getName() + ")";
    }

    /** A configuration file as a location: {@code classpath:application.properties}, {@code config/application.yaml}. */
    private static String location(Resource resource) {
        Resource file = (resource instanceof OriginTrackedResource tracked) ? tracked.getResource() : resource;
        if (file instanceof ClassPathResource classPath) {
            return "classpath:" + classPath.getPath();
        }
        if (file.isFile()) {
            try {
                Path path = file.getFile().toPath().toAbsolutePath();
                Path workingDirectory = Path.of("").toAbsolutePath();
                return path.startsWith(workingDirectory) ? workingDirectory.relativize(path).toString() : path.toString();
            } catch (IOException ex) {
                return file.getDescription();
            }
        }
        return file.getDescription();
    }
}
