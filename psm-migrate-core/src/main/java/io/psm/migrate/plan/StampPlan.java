package io.psm.migrate.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code stamp} does to the version table: nothing runs, only rows change.
 *
 * @param mode       whether the existing rows were kept or purged first
 * @param startHeads the version-table rows before the stamp
 * @param steps      the movements, in order
 * @param endHeads   the rows after the stamp, in id order
 */
public record StampPlan(StampMode mode, List<String> startHeads, List<StampStep> steps, List<String> endHeads) {

    public StampPlan {
        Objects.requireNonNull(mode, "mode");
        startHeads = List.copyOf(startHeads);
        steps = List.copyOf(steps);
        endHeads = List.copyOf(endHeads);
    }

    /**
     * Every version-table change in order: with {@link StampMode#PURGE}, first a delete of each
     * starting row, then the steps' changes.
     *
     * @return the changes to apply, in order
     */
    public List<VersionChange> versionChanges() {
        List<VersionChange> changes = new ArrayList<>();
        if (mode == StampMode.PURGE) {
            startHeads.forEach(head -> changes.add(new VersionChange.Delete(head)));
        }
        steps.forEach(step -> changes.addAll(step.versionChanges()));
        return List.copyOf(changes);
    }
}
