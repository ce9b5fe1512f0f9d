package io.psm.migrate.boot.autoconfigure;

import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * Warns when Flyway or Liquibase also migrate a DataSource that psm-migrate migrates: two tools
 * changing one schema each believe they own it. Found through the beans Spring Boot's Flyway and
 * Liquibase integrations define, read without depending on either library.
 */
final class MigratorConflictWarning implements SmartInitializingSingleton {

    private static final Logger LOGGER = LoggerFactory.getLogger(MigratorConflictWarning.class);

    /** Other migrators' bean types, and the bean property path of the DataSource they migrate. */
    private static final Map<String, Migrator> MIGRATORS = Map.of(
            "org.flywaydb.core.Flyway", new Migrator("Flyway", "configuration.dataSource", "spring.flyway.enabled"),
            "liquibase.integration.spring.SpringLiquibase",
            new Migrator("Liquibase", "dataSource", "spring.liquibase.enabled"));

    private final ListableBeanFactory beanFactory;
    private final ObjectProvider<PsmMigrateInstances> instances;

    MigratorConflictWarning(ListableBeanFactory beanFactory, ObjectProvider<PsmMigrateInstances> instances) {
        this.beanFactory = beanFactory;
        this.instances = instances;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ClassLoader classLoader = getClass().getClassLoader();
        MIGRATORS.forEach((className, migrator) -> {
            if (ClassUtils.isPresent(className, classLoader)) {
                Class<?> type = ClassUtils.resolveClassName(className, classLoader);
                this.beanFactory.getBeansOfType(type, false, false)
                        .forEach((beanName, bean) -> check(migrator, beanName, bean));
            }
        });
    }

    private void check(Migrator migrator, String beanName, Object bean) {
        DataSource dataSource = dataSourceOf(bean, migrator.dataSourcePath());
        if (dataSource == null) {
            return;
        }
        for (PsmMigrateInstance instance : this.instances.getObject()) {
            if (instance.dataSource().equals(dataSource)) {
                LOGGER.warn("{} (bean '{}') also migrates the database of psm-migrate instance '{}' ({}): two tools"
                        + " changing one schema conflict. Keep one: set {}=false, or {}=off.", migrator.name(),
                        beanName, instance.name(), instance.description(), migrator.switchProperty(),
                        PropertyNames.of(instance.name(), "mode"));
            }
        }
    }

    private static DataSource dataSourceOf(Object bean, String path) {
        try {
            Object value = new BeanWrapperImpl(bean).getPropertyValue(path);
            return (value instanceof DataSource dataSource) ? dataSource : null;
        } catch (BeansException ex) {
            return null;
        }
    }

    /**
     * Another migration tool.
     *
     * @param name           its name, for the warning
     * @param dataSourcePath the bean property path of the DataSource it migrates
     * @param switchProperty the property that turns its Spring Boot integration off
     */
    private record Migrator(String name, String dataSourcePath, String switchProperty) {
    }
}
