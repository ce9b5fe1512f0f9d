package io.psm.migrate.autogenerate.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hibernate's boot metamodel for a list of entity classes, built the way an application's own
 * bootstrap builds it, together with the service registry it needs.
 *
 * <p>The settings are Hibernate's own ({@code hibernate.*} and {@code jakarta.persistence.*}
 * properties). They must let Hibernate choose its dialect: either a connection
 * ({@code jakarta.persistence.nonJtaDataSource}, or {@code jakarta.persistence.jdbc.url} with user
 * and password) or {@code hibernate.dialect}. Spring Boot applications name their tables with
 * {@code hibernate.physical_naming_strategy =
 * org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy}; pass the same strategy to
 * see the same tables.
 *
 * <p>Unless the settings say otherwise, {@code hibernate.id.sequence.increment_size_mismatch_strategy}
 * is {@code none}: the model then keeps each sequence's allocation size as mapped, where Hibernate's
 * default would silently leave out a generator whose sequence already exists with another increment.
 * Autogenerate reports such a mismatch as a warning.
 *
 * <p>Close the instance to release the registry (and any connection pool it opened).
 */
public final class EntityMetadata implements AutoCloseable {

    private static final String SEQUENCE_MISMATCH_STRATEGY = "hibernate.id.sequence.increment_size_mismatch_strategy";

    private final Metadata metadata;
    private final StandardServiceRegistry registry;

    private EntityMetadata(Metadata metadata, StandardServiceRegistry registry) {
        this.metadata = metadata;
        this.registry = registry;
    }

    /**
     * Builds the metamodel of some entity classes.
     *
     * @param entities annotated entity (and embeddable, mapped-superclass) classes
     * @param settings Hibernate settings, as above
     * @return the built metamodel; close it when done
     * @throws EntityModelException if Hibernate rejects the mapping or the settings
     */
    public static EntityMetadata build(Collection<Class<?>> entities, Map<String, ?> settings) {
        List<Class<?>> classes = List.copyOf(entities);
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder();
        classes.stream().map(Class::getClassLoader).filter(Objects::nonNull).distinct()
                .forEach(bootstrap::applyClassLoader);
        BootstrapServiceRegistry bootstrapRegistry = bootstrap.build();
        StandardServiceRegistry registry;
        try {
            registry = new StandardServiceRegistryBuilder(bootstrapRegistry).applySettings(withDefaults(settings)).build();
        } catch (RuntimeException e) {
            bootstrapRegistry.close();
            throw new EntityModelException("Hibernate could not start with the given settings: " + e.getMessage(), e);
        }
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            return new EntityMetadata(sources.buildMetadata(), registry);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new EntityModelException("Hibernate could not map the entities " + names(classes) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The boot metamodel. */
    public Metadata metadata() {
        return metadata;
    }

    /** The registry the metamodel was built with, e.g. to run Hibernate's own schema tools on it. */
    public StandardServiceRegistry registry() {
        return registry;
    }

    /** Releases the service registry. */
    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static Map<String, Object> withDefaults(Map<String, ?> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.putIfAbsent(SEQUENCE_MISMATCH_STRATEGY, "none");
        return all;
    }

    private static List<String> names(List<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).toList();
    }
}
