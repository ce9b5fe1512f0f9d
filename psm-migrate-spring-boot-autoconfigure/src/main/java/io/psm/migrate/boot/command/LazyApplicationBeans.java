package io.psm.migrate.boot.command;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationConfigUtils;

/**
 * Makes every bean of the application lazy while a {@code db} command runs, including those that
 * ask to be created eagerly: Spring Data registers its repositories as eager (so a repository would
 * build the EntityManagerFactory), and {@code @Lazy(false)} beans or
 * {@link org.springframework.beans.factory.SmartInitializingSingleton}s would start work that a
 * command does not want. The command creates what it uses: the DataSource and psm-migrate's beans.
 * Spring's infrastructure (post-processors) is left as it is, except the processor of
 * {@code @EventListener} methods: it would load and inspect the class of every bean, and the
 * application's listeners have nothing to hear from a command.
 */
final class LazyApplicationBeans implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof BeanDefinitionRegistry registry
                && registry.containsBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME)) {
            registry.removeBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME);
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (definition.getRole() != BeanDefinition.ROLE_INFRASTRUCTURE && !definition.isAbstract()) {
                definition.setLazyInit(true);
            }
        }
    }
}
