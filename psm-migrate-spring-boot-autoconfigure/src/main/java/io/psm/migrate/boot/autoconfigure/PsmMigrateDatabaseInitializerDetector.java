package io.psm.migrate.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link PsmMigrateInitializer} beans initialize the database, so that the
 * beans that use it (JPA, JdbcTemplate, JdbcClient, jOOQ, {@code @DependsOnDatabaseInitialization}
 * beans) are created after them. Registered in {@code META-INF/spring.factories}.
 */
public final class PsmMigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** Creates the detector; Spring Boot instantiates it from {@code spring.factories}. */
    public PsmMigrateDatabaseInitializerDetector() {
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(PsmMigrateInitializer.class);
    }
}
