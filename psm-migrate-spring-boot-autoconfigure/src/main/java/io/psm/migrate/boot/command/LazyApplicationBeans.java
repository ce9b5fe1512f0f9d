package io.psm.migrate.boot.command;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.weaving.LoadTimeWeaverAware;

/**
 * Makes every bean of the application lazy while a {@code db} command runs, including those that
 * ask to be created eagerly: Spring Data registers its repositories as eager (so a repository would
 * build the EntityManagerFactory), and {@code @Lazy(false)} beans or
 * {@link org.springframework.beans.factory.SmartInitializingSingleton}s would start work that a
 * command does not want. The command creates what it uses: the DataSource and psm-migrate's beans.
 * Spring's infrastructure (post-processors) is left as it is, except the processor of
 * {@code @EventListener} methods: it would load and inspect the class of every bean, and the
 * application's listeners have nothing to hear from a command.
 *
 * <p>Spring creates {@code LoadTimeWeaverAware} beans before all others whatever their laziness;
 * an EntityManagerFactory of the application's own ({@code LocalContainerEntityManagerFactoryBean})
 * is one, and would start Hibernate. A command that does not read the model leaves them out.
 */
final class LazyApplicationBeans implements BeanFactoryPostProcessor {

    private final DbCommandScope scope;

    /**
     * @param scope what the command needs of the application
     */
    LazyApplicationBeans(DbCommandScope scope) {
        this.scope = scope;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof BeanDefinitionRegistry registry) {
            remove(registry, AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME);
            if (this.scope == DbCommandScope.DATABASE) {
                for (String name : beanFactory.getBeanNamesForType(LoadTimeWeaverAware.class, false, false)) {
                    remove(registry, BeanFactoryUtils.transformedBeanName(name));
                }
            }
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (definition.getRole() != BeanDefinition.ROLE_INFRASTRUCTURE && !definition.isAbstract()) {
                definition.setLazyInit(true);
            }
        }
    }

    private static void remove(BeanDefinitionRegistry registry, String name) {
        if (registry.containsBeanDefinition(name)) {
            registry.removeBeanDefinition(name);
        }
    }
}
