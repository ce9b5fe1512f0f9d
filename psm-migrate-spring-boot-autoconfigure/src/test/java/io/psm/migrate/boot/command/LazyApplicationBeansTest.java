package io.psm.migrate.boot.command;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command creates none of the application's beans, even those that insist on being created. */
class LazyApplicationBeansTest {

    @Test
    void eagerBeansAndTheApplicationsOwnEntityManagerFactoryAreNotCreated() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(Eager.class);
            context.addBeanFactoryPostProcessor(new LazyApplicationBeans(DbCommandScope.DATABASE));

            context.refresh();

            assertThat(context.containsBeanDefinition("service")).isTrue();
            assertThat(context.containsBeanDefinition("entityManagerFactory")).isFalse();
        }
    }

    @Test
    void aCommandThatReadsTheModelKeepsTheEntityManagerFactoryWhichSpringCreatesFirst() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(Eager.class);
            context.addBeanFactoryPostProcessor(new LazyApplicationBeans(DbCommandScope.MODEL));

            assertThatThrownBy(context::refresh).hasRootCauseMessage("the application's EntityManagerFactory was created");
        }
    }

    /** An application with a bean that fails when created eagerly, and its own persistence unit. */
    @Configuration(proxyBeanMethods = false)
    static class Eager {

        @Bean
        @Lazy(false)
        Object service() {
            throw new IllegalStateException("an application bean was created");
        }

        @Bean
        LocalContainerEntityManagerFactoryBean entityManagerFactory() {
            throw new IllegalStateException("the application's EntityManagerFactory was created");
        }
    }
}
