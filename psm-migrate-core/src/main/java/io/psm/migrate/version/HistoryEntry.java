package io.psm.migrate.version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the history table: a step that ran, failed or is still running, or a stamp.
 *
 * @param revision      the revision run, or the version-table row a stamp changed
 * @param downRevisions the revision's parents; for a stamp, the row it replaced
 * @param action        upgrade, downgrade or stamp
 * @param message       the revision's message, or what a stamp did
 * @param checksum      the script's checksum when it ran, if it has one
 * @param appliedAt     when the step finished (for a running step, when it started)
 * @param appliedBy     the database user that ran it
 * @param executionTime how long it took
 * @param state         applied, failed or running
 * @param interruption  for a failed or running step, where it stopped and what stayed applied
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
        HistoryState state,
        Optional<Interruption> interruption) {

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
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(interruption, "interruption");
    }

    /**
     * A row that completed or failed, without details of where a failure stopped (the form of
     * the first history tables).
     *
     * @param success whether the step completed
     */
    public HistoryEntry(String revision, List<String> downRevisions, HistoryAction action, String message,
            Optional<String> checksum, Instant appliedAt, String appliedBy, Duration executionTime, boolean success) {
        this(revision, downRevisions, action, message, checksum, appliedAt, appliedBy, executionTime,
                success ? HistoryState.APPLIED : HistoryState.FAILED, Optional.empty());
    }

    /** Whether the step completed: the {@code success} column. */
    public boolean success() {
        return state == HistoryState.APPLIED;
    }

    /** Whether the step failed or never ended: it needs a look before the revision runs again. */
    public boolean unfinished() {
        return state != HistoryState.APPLIED;
    }

    /**
     * Whether this unfinished step may have left part of it in the database: a failed one whose
     * record lists statements that stayed applied, or a running one that had started a statement.
     */
    public boolean leftChanges() {
        return switch (state) {
            case APPLIED -> false;
            case FAILED -> interruption.map(Interruption::leftChanges).orElse(false);
            case RUNNING -> interruption.map(stop -> stop.leftChanges() || stop.atLine().isPresent()).orElse(false);
        };
    }
}
