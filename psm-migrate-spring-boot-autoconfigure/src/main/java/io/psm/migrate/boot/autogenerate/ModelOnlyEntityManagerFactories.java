package io.psm.migrate.boot.autogenerate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * While a {@code db} command compares the entity model with the database, makes every
 * {@link LocalContainerEntityManagerFactoryBean} (Spring Boot's, or the application's own) read its
 * persistence unit into Hibernate's metamodel instead of building an EntityManagerFactory, in the
 * calling thread: a command needs the model, not a working persistence layer.
 */
public final class ModelOnlyEntityManagerFactories implements BeanPostProcessor {

    private final ObjectProvider<HibernateModelCapture> capture;

    /**
     * @param capture where the metamodels go, looked up when the first factory is created
     */
    public ModelOnlyEntityManagerFactories(ObjectProvider<HibernateModelCapture> capture) {
        this.capture = capture;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
            factory.setPersistenceProvider(new ModelReadingPersistenceProvider(this.capture.getObject()));
            factory.setBootstrapExecutor(null);
        }
        return bean;
    }
}
