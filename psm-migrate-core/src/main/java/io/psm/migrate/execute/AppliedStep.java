package io.psm.migrate.execute;

import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;

/**
 * A step that ran, with how long it took. (Provisional: the execute package replaces it.)
 *
 * @param step     the step
 * @param duration its execution time, version-table update included
 */
public record AppliedStep(MigrationStep step, Duration duration) {
}
