package io.psm.migrate.execute;

import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;

/**
 * Hears about each step as it runs, for progress output and metrics. Called on the thread that
 * runs the migration; every method does nothing unless overridden. An exception thrown here stops
 * the run.
 */
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    /**
     * A step is about to run.
     *
     * @param step the step
     */
    default void beforeStep(MigrationStep step) {
    }

    /**
     * A step ran and was committed.
     *
     * @param step     the step
     * @param duration how long it took
     */
    default void afterStep(MigrationStep step, Duration duration) {
    }

    /**
     * A step failed and was rolled back where the database allows; the run stops with
     * {@code failure}.
     *
     * @param step    the step
     * @param failure the typed failure the run then throws
     */
    default void stepFailed(MigrationStep step, Exception failure) {
    }

    /**
     * This listener, then {@code next}, for each event.
     *
     * @param next the listener that hears each event after this one
     * @return a listener that calls both
     */
    default MigrationListener andThen(MigrationListener next) {
        MigrationListener first = this;
        return new MigrationListener() {
            @Override
            public void beforeStep(MigrationStep step) {
                first.beforeStep(step);
                next.beforeStep(step);
            }

            @Override
            public void afterStep(MigrationStep step, Duration duration) {
                first.afterStep(step, duration);
                next.afterStep(step, duration);
            }

            @Override
            public void stepFailed(MigrationStep step, Exception failure) {
                first.stepFailed(step, failure);
                next.stepFailed(step, failure);
            }
        };
    }
}
