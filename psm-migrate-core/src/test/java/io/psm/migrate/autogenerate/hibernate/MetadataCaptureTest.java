package io.psm.migrate.autogenerate.hibernate;

import io.psm.migrate.autogenerate.AutogenerateFixture;
import io.psm.migrate.autogenerate.entities.Address;
import io.psm.migrate.autogenerate.entities.Customer;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a running application hands its metamodel over: an {@link Integrator} registered for JPA bootstrap. */
class MetadataCaptureTest {

    /** Keeps the metamodel Hibernate integrates, as the Spring side will. */
    static final class CapturingIntegrator implements Integrator {

        private Metadata metadata;

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
            this.metadata = metadata;
        }
    }

    @Test
    void aMetamodelCapturedDuringJpaBootstrapReadsLikeOneBuiltFromTheClasses() {
        try (TestDatabase database = TestDatabases.h2()) {
            CapturingIntegrator integrator = new CapturingIntegrator();
            IntegratorProvider provider = () -> List.of(integrator);
            HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("capture")
                    .managedClasses(Customer.class, Address.class)
                    .property(JpaSettings.INTEGRATOR_PROVIDER, provider);
            AutogenerateFixture.settings(database).forEach(configuration::property);

            try (SessionFactory ignored = configuration.createEntityManagerFactory();
                 EntityMetadata built = EntityMetadata.build(List.of(Customer.class, Address.class),
                         AutogenerateFixture.settings(database))) {
                SchemaModel captured = new HibernateSchemaReader().read(integrator.metadata);

                assertThat(captured.tables()).hasSize(2);
                assertThat(captured).isEqualTo(new HibernateSchemaReader().read(built.metadata()));
            }
        }
    }
}
