package io.psm.migrate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One revision of the graph and its state in a database.
 *
 * @param revision        the revision id
 * @param downRevisions   its parents
 * @param message         its message
 * @param branchLabels    its branch labels
 * @param state           applied or pending
 * @param appliedAt       when its last successful upgrade ran, if recorded
 * @param executionTimeMs how long that took, if recorded
 * @param checksum        the checksum recorded when it was applied, if any
 */
public record RevisionStatus(
        String revision,
        List<String> downRevisions,
        String message,
        List<String> branchLabels,
        State state,
        Optional<Instant> appliedAt,
        Optional<Long> executionTimeMs,
        Optional<String> checksum) {

    public RevisionStatus {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
    }

    /** Whether a revision is in the database. */
    public enum State {
        APPLIED,
        PENDING;

        /** The lower-case word of the endpoint's JSON: {@code applied}, {@code pending}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
