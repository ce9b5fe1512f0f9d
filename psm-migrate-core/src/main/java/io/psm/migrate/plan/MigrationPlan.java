package io.psm.migrate.plan;

import java.util.List;

/**
 * The steps that take the database from its current heads to a target, computed before any SQL
 * runs.
 *
 * @param startHeads the version-table rows before the first step
 * @param steps      the steps, in execution order
 * @param endHeads   the version-table rows after the last step
 */
public record MigrationPlan(List<String> startHeads, List<MigrationStep> steps, List<String> endHeads) {

    public MigrationPlan {
        startHeads = List.copyOf(startHeads);
        steps = List.copyOf(steps);
        endHeads = List.copyOf(endHeads);
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
