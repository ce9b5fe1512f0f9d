package io.psm.migrate.boot.autoconfigure.autogenerate;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.boot.autogenerate.ApplicationEntityModel;
import io.psm.migrate.boot.autogenerate.EntityModelAutogenerator;
import io.psm.migrate.boot.autogenerate.HibernateModelCapture;
import io.psm.migrate.boot.autogenerate.IntegratorRegistration;
import io.psm.migrate.boot.autogenerate.ModelOnlyEntityManagerFactories;
import io.psm.migrate.cli.Autogenerator;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.integrator.spi.Integrator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of autogenerate for applications whose entities Hibernate maps: captures the
 * metamodel while Spring Boot builds the EntityManagerFactory and provides the
 * {@link Autogenerator} that {@code db migrate}, {@code db revision --autogenerate} and
 * {@code db check} compare the application's database with. Backs off when the application defines
 * its own {@link Autogenerator}.
 */
@AutoConfiguration(after = {PsmMigrateAutoConfiguration.class, HibernateJpaAutoConfiguration.class})
@ConditionalOnClass({HibernatePropertiesCustomizer.class, Integrator.class, EntityManagerFactory.class})
@ConditionalOnBean({PsmMigrateInstances.class, EntityManagerFactory.class})
public final class PsmMigrateAutogenerateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HibernateModelCapture psmMigrateModelCapture() {
        return new HibernateModelCapture();
    }

    @Bean
    IntegratorRegistration psmMigrateIntegratorRegistration(HibernateModelCapture capture) {
        return new IntegratorRegistration(capture);
    }

    /** A {@code db} command reads the model alone: no EntityManagerFactory is built. */
    @Bean
    @ConditionalOnBean(DbCommandMode.class)
    static ModelOnlyEntityManagerFactories psmMigrateModelOnlyEntityManagerFactories(
            ObjectProvider<HibernateModelCapture> capture) {
        return new ModelOnlyEntityManagerFactories(capture);
    }

    @Bean
    @ConditionalOnMissingBean(Autogenerator.class)
    EntityModelAutogenerator psmMigrateAutogenerator(ObjectProvider<EntityManagerFactory> entityManagerFactories,
            HibernateModelCapture capture) {
        return new EntityModelAutogenerator(new ApplicationEntityModel(entityManagerFactories, capture));
    }
}
