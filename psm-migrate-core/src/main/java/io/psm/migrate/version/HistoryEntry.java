package io.psm.migrate.version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the history table: a step that ran (or failed), or a stamp.
 *
 * @param revision      the revision run, or the version-table row a stamp changed
 * @param downRevisions the revision's parents; for a stamp, the row it replaced
 * @param action        upgrade, downgrade or stamp
 * @param message       the revision's message, or what a stamp did
 * @param checksum      the script's checksum when it ran, if it has one
 * @param appliedAt     when the step finished
 * @param appliedBy     the database user that ran it
 * @param executionTime how long it took
 * @param success       whether it completed; a failed step is recorded after its rollback
 */
public record HistoryEntry(
        String revision,
        List<String> downRevisions,
        HistoryAction action,
        String message,
        Optional<String> checksum,
        Instant appliedAt,
        String appliedBy,
        Duration executionTime,
        boolean success) {

    /** Checks the required parts, copies the parents and reads a {@code null} message as empty. */
    public HistoryEntry {
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        Objects.requireNonNull(action, "action");
        message = message == null ? "" : message;
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(appliedBy, "appliedBy");
        Objects.requireNonNull(executionTime, "executionTime");
    }
}
