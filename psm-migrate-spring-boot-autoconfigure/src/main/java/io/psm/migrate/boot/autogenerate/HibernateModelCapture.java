package io.psm.migrate.boot.autogenerate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Keeps the boot metamodel of each Hibernate {@code SessionFactory} built with it: an
 * {@link Integrator} that Hibernate calls with the {@link Metadata} the application actually uses
 * (its entities, naming strategies and dialect), and that forgets it when the factory closes.
 * Registered through {@link IntegratorRegistration}; a {@code db} command that compares the model
 * gets the metamodel without a {@code SessionFactory}, through {@link ModelOnlyEntityManagerFactories}.
 * Thread-safe.
 */
public final class HibernateModelCapture implements Integrator {

    /** By the SessionFactory built from it, or by itself when none is built. */
    private final Map<Object, Metadata> captured = new ConcurrentHashMap<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        this.captured.put(sessionFactory, metadata);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        this.captured.remove(sessionFactory);
    }

    /**
     * Keeps a metamodel read without building a {@code SessionFactory}.
     *
     * @param metadata the metamodel
     */
    void captured(Metadata metadata) {
        this.captured.put(metadata, metadata);
    }

    /** Whether exactly one metamodel was captured, so that {@link #metadata()} returns it. */
    public boolean hasOneModel() {
        return this.captured.size() == 1;
    }

    /**
     * The metamodel of the application's one open {@code SessionFactory}.
     *
     * @return the metamodel
     * @throws EntityModelUnavailableException when none was built with this capture, or several were
     */
    public Metadata metadata() {
        List<Metadata> all = List.copyOf(this.captured.values());
        if (all.isEmpty()) {
            throw new EntityModelUnavailableException("No Hibernate metamodel was captured: the application's"
                    + " EntityManagerFactory was not built by Spring Boot's Hibernate auto-configuration (which"
                    + " applies HibernatePropertiesCustomizer beans), so autogenerate cannot see the entities;"
                    + " define an io.psm.migrate.cli.Autogenerator bean that reads them instead");
        }
        if (all.size() > 1) {
            throw new EntityModelUnavailableException(all.size() + " Hibernate metamodels were captured (one per"
                    + " EntityManagerFactory built with Spring Boot's Hibernate properties); autogenerate compares"
                    + " one model with the application's database: define an io.psm.migrate.cli.Autogenerator"
                    + " bean that chooses it");
        }
        return all.get(0);
    }
}
