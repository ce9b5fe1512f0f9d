package io.psm.migrate;

import io.psm.migrate.version.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One revision of the graph and its state in a database.
 *
 * @param revision        the revision id
 * @param downRevisions   its parents
 * @param message         its message
 * @param branchLabels    its branch labels
 * @param state           applied, pending, failed or running
 * @param appliedAt       when its last successful upgrade ran, if recorded
 * @param executionTimeMs how long that took, if recorded
 * @param checksum        the checksum recorded when it was applied, if any
 * @param attempt         for a failed or running revision, the history row of that attempt
 */
public record RevisionStatus(
        String revision,
        List<String> downRevisions,
        String message,
        List<String> branchLabels,
        State state,
        Optional<Instant> appliedAt,
        Optional<Long> executionTimeMs,
        Optional<String> checksum,
        Optional<HistoryEntry> attempt) {

    public RevisionStatus {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
    }

    /** A revision that is applied or pending, with no unfinished attempt. */
    public RevisionStatus(String revision, List<String> downRevisions, String message, List<String> branchLabels,
            State state, Optional<Instant> appliedAt, Optional<Long> executionTimeMs, Optional<String> checksum) {
        this(revision, downRevisions, message, branchLabels, state, appliedAt, executionTimeMs, checksum,
                Optional.empty());
    }

    /**
     * Whether a revision is in the database: applied or pending by the version table, unless its
     * latest attempt failed or has not ended (history rows {@code failed} and {@code running}).
     */
    public enum State {
        APPLIED,
        PENDING,
        /** Its latest upgrade or downgrade failed and was not cleared. */
        FAILED,
        /** Its latest upgrade or downgrade started and never ended: running now, or killed while it ran. */
        RUNNING;

        /** The lower-case word of the endpoint's JSON: {@code applied}, {@code pending}, {@code failed}, {@code running}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
