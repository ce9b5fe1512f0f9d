package io.psm.migrate.execute;

import io.psm.migrate.version.HistoryEntry;

import java.util.List;

/**
 * What {@code repair} did.
 *
 * @param acceptedChecksums the applied revisions whose changed scripts were accepted, with their new checksums
 * @param clearedAttempts   the failed or unfinished attempts that were cleared, as their history rows recorded them
 */
public record RepairReport(List<AcceptedChecksum> acceptedChecksums, List<HistoryEntry> clearedAttempts) {

    /** Copies both lists. */
    public RepairReport {
        acceptedChecksums = List.copyOf(acceptedChecksums);
        clearedAttempts = List.copyOf(clearedAttempts);
    }

    /** Whether there was nothing to repair. */
    public boolean isEmpty() {
        return acceptedChecksums.isEmpty() && clearedAttempts.isEmpty();
    }
}
