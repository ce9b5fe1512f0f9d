package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.execute.DatabaseAccessException;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;

import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.internal.PersistenceUnitInfoDescriptor;
import org.hibernate.SessionFactory;
import org.springframework.orm.jpa.persistenceunit.SmartPersistenceUnitInfo;

/**
 * A persistence provider that reads the persistence unit into Hibernate's boot metamodel and stops
 * there: the entities, the application's naming strategies and the database's dialect, as Spring's
 * own Hibernate provider would map them, but no {@code SessionFactory}, second-level cache, query
 * engine or proxies. The metamodel goes to the {@link HibernateModelCapture}; what it returns in
 * place of an EntityManagerFactory only closes, and says why it does nothing else.
 */
final class ModelReadingPersistenceProvider extends HibernatePersistenceProvider {

    private final HibernateModelCapture capture;

    ModelReadingPersistenceProvider(HibernateModelCapture capture) {
        this.capture = capture;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        requireConnection(info);
        List<String> classesAndPackages = new ArrayList<>(info.getManagedClassNames());
        if (info instanceof SmartPersistenceUnitInfo smartInfo) {
            classesAndPackages.addAll(smartInfo.getManagedPackages());
        }
        PersistenceUnitInfoDescriptor descriptor = new PersistenceUnitInfoDescriptor(info) {
            @Override
            public List<String> getManagedClassNames() {
                return classesAndPackages;
            }
        };
        EntityManagerFactoryBuilderImpl builder = new EntityManagerFactoryBuilderImpl(descriptor, properties);
        MetadataImplementor metadata;
        try {
            metadata = builder.metadata();
        } finally {
            builder.cancel();
        }
        this.capture.captured(metadata);
        return modelOnly(info.getPersistenceUnitName());
    }

    /**
     * Connects once before Hibernate does: Hibernate asks the database for its dialect, and a
     * database it cannot reach would be reported as a missing dialect. This reports it as what it is.
     */
    private static void requireConnection(PersistenceUnitInfo info) {
        DataSource dataSource = (info.getNonJtaDataSource() != null) ? info.getNonJtaDataSource() : info.getJtaDataSource();
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(0);
        } catch (SQLException ex) {
            throw new DatabaseAccessException("connect to the database", ex);
        }
    }

    private static EntityManagerFactory modelOnly(String unit) {
        return (EntityManagerFactory) Proxy.newProxyInstance(ModelReadingPersistenceProvider.class.getClassLoader(),
                new Class<?>[] {SessionFactory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "isOpen" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "EntityManagerFactory of persistence unit '" + unit + "' (model only)";
                    default -> throw new IllegalStateException("The EntityManagerFactory of persistence unit '" + unit
                            + "' is not built while a db command compares the entity model: only the model is read");
                });
    }
}
