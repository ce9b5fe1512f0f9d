package io.psm.migrate.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions whose latest history row is a failed or running step: a later row of the same
 * revision (a successful run, a stamp, or the row {@code repair} writes) settles it.
 */
public final class UnfinishedSteps {

    private UnfinishedSteps() {
    }

    /**
     * The latest row of each revision whose latest row is unfinished, in the order they were written.
     *
     * @param history the history table's rows, oldest first
     * @return the unfinished rows
     */
    public static List<HistoryEntry> of(List<HistoryEntry> history) {
        Map<String, HistoryEntry> latest = new LinkedHashMap<>();
        for (HistoryEntry entry : history) {
            latest.remove(entry.revision());
            latest.put(entry.revision(), entry);
        }
        return latest.values().stream().filter(HistoryEntry::unfinished).toList();
    }
}
