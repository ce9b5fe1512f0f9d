package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.JavaMigration;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.MigrationListener;

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
        EngineSettings engine = EngineSettings.of(properties);
        Supplier<List<String>> locations = SingletonSupplier.of(() ->
                Locations.resolveVendor(name, engine.locations(), () -> source.url().orElse(null)));
        InstanceSettings settings = new InstanceSettings(properties.getMode(), properties.getTarget(),
                properties.getConnectRetries(), properties.getConnectRetriesInterval(),
                Optional.ofNullable(properties.getScriptDirectory()),
                properties.isFailOnMissingLocations());
        List<JavaMigration> migrations = List.copyOf(javaMigrations);
        List<MigrationListener> listeners = listenersFor(name);
        Supplier<PsmMigrate.Builder> configuration = () -> configure(name, source, engine, locations.get(),
                migrations, listeners);
        return new PsmMigrateInstance(name, source.dataSource(), settings, locations, configuration,
                source::description, source.configured());
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

    private List<MigrationListener> listenersFor(String name) {
        List<MigrationListener> all = new ArrayList<>(this.listeners);
        this.listenerProviders.forEach(provider -> all.add(provider.listener(name)));
        return List.copyOf(all);
    }
}
