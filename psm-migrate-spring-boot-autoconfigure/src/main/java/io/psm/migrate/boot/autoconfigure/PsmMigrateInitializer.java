package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.env.ConfiguredDatabase;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates every instance when the application starts, before anything that uses the database
 * (JPA, JdbcTemplate, JdbcClient, jOOQ, ...) is created: Spring Boot's database-initialization
 * ordering makes those beans depend on this one.
 */
public final class PsmMigrateInitializer implements InitializingBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(PsmMigrateInitializer.class);

    private final PsmMigrateInstances instances;
    private final PsmMigrationStrategy strategy;

    /**
     * An initializer of these instances.
     *
     * @param instances the instances, migrated in order
     * @param strategy  what to do with each instance whose mode is not off
     */
    public PsmMigrateInitializer(PsmMigrateInstances instances, PsmMigrationStrategy strategy) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /**
     * Migrates or validates each instance whose mode is not off, in order, first saying which
     * database it is and where its URL comes from; the first failure stops start-up.
     */
    @Override
    public void afterPropertiesSet() {
        for (PsmMigrateInstance instance : this.instances) {
            if (instance.mode() != MigrationMode.OFF) {
                instance.configuredDatabase().ifPresent(database -> describe(instance, database));
                ConnectionRetry.await(instance);
                this.strategy.migrate(instance);
            }
        }
    }

    private static void describe(PsmMigrateInstance instance, ConfiguredDatabase database) {
        String prefix = PsmMigrateInstances.DEFAULT.equals(instance.name()) ? "" : "Instance '" + instance.name() + "': ";
        LOGGER.info("{}{}", prefix, database.describe());
        database.warning().ifPresent(warning -> LOGGER.warn("{}{}", prefix, warning));
    }
}
