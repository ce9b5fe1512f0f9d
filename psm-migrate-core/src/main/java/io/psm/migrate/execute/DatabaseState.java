package io.psm.migrate.execute;

import io.psm.migrate.version.HistoryEntry;

import java.util.List;

/**
 * What a database holds: its current heads and its history. An empty database (no version table)
 * has neither.
 *
 * @param heads   the version table's rows, sorted
 * @param history the history table's rows, oldest first, failed steps and stamps included
 */
public record DatabaseState(List<String> heads, List<HistoryEntry> history) {

    /** Copies both lists, unmodifiable. */
    public DatabaseState {
        heads = List.copyOf(heads);
        history = List.copyOf(history);
    }
}
