package io.psm.migrate.execute;

import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;
import java.util.Objects;

/**
 * A step that ran, with how long it took.
 *
 * @param step     the step
 * @param duration its execution time, version-table update included
 */
public record AppliedStep(MigrationStep step, Duration duration) {

    /** Checks both parts are given. */
    public AppliedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }
}
