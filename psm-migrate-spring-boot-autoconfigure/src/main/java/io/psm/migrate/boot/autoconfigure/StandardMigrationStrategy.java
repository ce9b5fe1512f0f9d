package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.MigrationStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Upgrades to the target, or validates that nothing is pending, as the instance's mode says. */
enum StandardMigrationStrategy implements PsmMigrationStrategy {

    INSTANCE;

    private static final Logger LOGGER = LoggerFactory.getLogger(StandardMigrationStrategy.class);

    @Override
    public void migrate(PsmMigrateInstance instance) {
        switch (instance.mode()) {
            case UPGRADE -> instance.migrate().upgrade(instance.target());
            case VALIDATE -> validate(instance);
            case OFF -> LOGGER.debug("Start-up migration of '{}' is off", instance.name());
        }
    }

    private static void validate(PsmMigrateInstance instance) {
        MigrationStatus status = instance.migrate().status(instance.target());
        if (!status.upToDate()) {
            throw new PendingRevisionsException(instance.name(), instance.description(), instance.target(),
                    status.current(), status.pending());
        }
        LOGGER.info("Database '{}' is up to date at {}", instance.name(),
                status.current().isEmpty() ? "base" : String.join(", ", status.current()));
    }
}
