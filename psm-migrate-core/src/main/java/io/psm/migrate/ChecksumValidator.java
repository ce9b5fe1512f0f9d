package io.psm.migrate;

import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the checksum recorded for each applied revision with its script's checksum now.
 * A revision without a recorded checksum (applied by an offline script, stamped, or a Java
 * migration without one) is not judged.
 */
final class ChecksumValidator {

    private ChecksumValidator() {
    }

    /**
     * @param graph   the revision graph
     * @param scripts the scripts by revision id
     * @param heads   the database's current heads
     * @param history the history table, oldest first
     * @throws ChecksumMismatchException for the first applied revision whose script changed
     */
    static void validate(RevisionGraph graph, Map<String, MigrationScript> scripts, List<String> heads,
                         List<HistoryEntry> history) {
        Map<String, String> recorded = lastRecordedChecksums(history);
        if (recorded.isEmpty()) {
            return;
        }
        Set<String> applied = graph.ancestors(heads);
        for (String revision : applied) {
            String before = recorded.get(revision);
            MigrationScript script = scripts.get(revision);
            if (before == null || script == null) {
                continue;
            }
            Optional<String> now = script.checksum();
            if (now.isPresent() && !now.get().equals(before)) {
                throw new ChecksumMismatchException(revision, script.location(), before, now.get());
            }
        }
    }

    /** The checksum of each revision's latest successful upgrade. */
    private static Map<String, String> lastRecordedChecksums(List<HistoryEntry> history) {
        Map<String, String> checksums = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.success() && entry.action() == HistoryAction.UPGRADE) {
                entry.checksum().ifPresentOrElse(sum -> checksums.put(entry.revision(), sum),
                        () -> checksums.remove(entry.revision()));
            }
        }
        return checksums;
    }
}
