package io.psm.migrate.execute;

import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;

/** Hears about each step as it runs. (Provisional: the execute package replaces it.) */
public interface MigrationListener {

    default void beforeStep(MigrationStep step) {
    }

    default void afterStep(MigrationStep step, Duration duration) {
    }

    default void stepFailed(MigrationStep step, Exception failure) {
    }
}
