package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.autogenerate.hibernate.HibernateSchemaReader;
import io.psm.migrate.autogenerate.schema.SchemaModel;

import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * The schema the application's entities need, read from the metamodel its Hibernate bootstrap
 * built: entities, Spring Boot's naming strategies and the dialect are the application's own.
 *
 * <p>Asking for the model first asks for the EntityManagerFactory beans, which creates any that do
 * not exist yet and waits for one that bootstraps in the background ({@code bootstrap-executor}),
 * so that the capture has run. Thread-safe.
 */
public final class ApplicationEntityModel implements Supplier<SchemaModel> {

    private final ObjectProvider<EntityManagerFactory> entityManagerFactories;
    private final HibernateModelCapture capture;

    /**
     * @param entityManagerFactories the application's EntityManagerFactory beans, created on demand
     * @param capture                the capture registered with their bootstrap
     */
    public ApplicationEntityModel(ObjectProvider<EntityManagerFactory> entityManagerFactories,
            HibernateModelCapture capture) {
        this.entityManagerFactories = entityManagerFactories;
        this.capture = capture;
    }

    /**
     * Reads the model, building the EntityManagerFactory first if needed.
     *
     * @throws EntityModelUnavailableException when no metamodel, or several, were captured
     * @throws io.psm.migrate.autogenerate.hibernate.EntityModelException for a dialect autogenerate does not support
     */
    @Override
    public SchemaModel get() {
        this.entityManagerFactories.orderedStream().forEach(ApplicationEntityModel::awaitBootstrap);
        return new HibernateSchemaReader().read(this.capture.metadata());
    }

    private static void awaitBootstrap(EntityManagerFactory factory) {
        if (factory instanceof EntityManagerFactoryInfo info) {
            info.getNativeEntityManagerFactory();
        }
    }
}
