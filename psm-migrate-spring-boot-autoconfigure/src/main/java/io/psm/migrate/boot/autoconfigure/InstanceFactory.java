package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.JavaMigration;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.script.FileTemplate;
import io.psm.migrate.script.ScriptException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * Turns the properties of an instance and its DataSource into a {@link PsmMigrateInstance}, with
 * the application's listeners and customizers.
 */
final class InstanceFactory {

    private final ClassLoader classLoader;
    private final List<PsmMigrateCustomizer> customizers;
    private final List<MigrationListener> listeners;
    private final List<MigrationListenerProvider> listenerProviders;

    InstanceFactory(ClassLoader classLoader, List<PsmMigrateCustomizer> customizers, List<MigrationListener> listeners,
            List<MigrationListenerProvider> listenerProviders) {
        this.classLoader = classLoader;
        this.customizers = List.copyOf(customizers);
        this.listeners = List.copyOf(listeners);
        this.listenerProviders = List.copyOf(listenerProviders);
    }

    /**
     * Creates an instance; nothing touches the database until the instance is used.
     *
     * @param name           the instance's name
     * @param source         its DataSource
     * @param properties     its properties
     * @param javaMigrations the Java migrations it runs besides those in its locations
     * @return the instance
     */
    PsmMigrateInstance create(String name, MigrationDataSource source, MigrationProperties properties,
            List<JavaMigration> javaMigrations) {
        EngineSettings engine = EngineSettings.of(name, properties);
        checkFileTemplate(name, engine.fileTemplate());
        Supplier<List<String>> locations = SingletonSupplier.of(() ->
                Locations.resolveVendor(name, engine.locations(), () -> source.url().orElse(null)));
        InstanceSettings settings = new InstanceSettings(properties.getMode(), properties.getTarget(),
                properties.getConnectRetries(), properties.getConnectRetriesInterval(),
                Optional.ofNullable(properties.getScriptDirectory()),
                properties.isFailOnMissingLocations(), probeTimeout(name, properties));
        List<JavaMigration> migrations = List.copyOf(javaMigrations);
        List<MigrationListener> listeners = listenersFor(name);
        Supplier<PsmMigrate.Builder> configuration = () -> configure(name, source, engine, locations.get(),
                migrations, listeners);
        return new PsmMigrateInstance(name, source.dataSource(), settings, locations, configuration,
                source::description, source.configured());
    }

    private static Duration probeTimeout(String name, MigrationProperties properties) {
        Duration timeout = properties.getProbeTimeout();
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidPropertyException(PropertyNames.of(name, "probe-timeout"), "must be more than zero, not "
                    + (timeout == null ? "empty" : Durations.format(timeout)));
        }
        return timeout;
    }

    private PsmMigrate.Builder configure(String name, MigrationDataSource source, EngineSettings engine,
            List<String> locations, List<JavaMigration> javaMigrations, List<MigrationListener> listeners) {
        PsmMigrate.Builder builder = PsmMigrate.configure()
                .dataSource(source.dataSource())
                .classLoader(this.classLoader);
        listeners.forEach(builder::addListener);
        engine.applyTo(builder, locations);
        if (!javaMigrations.isEmpty()) {
            builder.javaMigrations(javaMigrations);
        }
        this.customizers.forEach(customizer -> customizer.customize(name, builder));
        return builder;
    }

    /** A file template that cannot work fails start-up and every {@code db} command, naming the property. */
    private static void checkFileTemplate(String name, String template) {
        if (template == null || template.isBlank()) {
            throw new InvalidPropertyException(PropertyNames.of(name, "file-template"), "is empty; leave it unset"
                    + " for the default, " + FileTemplate.DEFAULT_PATTERN);
        }
        try {
            new FileTemplate(template);
        } catch (ScriptException ex) {
            throw new InvalidPropertyException(PropertyNames.of(name, "file-template"), ex.getMessage());
        }
    }

    private List<MigrationListener> listenersFor(String name) {
        List<MigrationListener> all = new ArrayList<>(this.listeners);
        this.listenerProviders.forEach(provider -> all.add(provider.listener(name)));
        return List.copyOf(all);
    }
}
