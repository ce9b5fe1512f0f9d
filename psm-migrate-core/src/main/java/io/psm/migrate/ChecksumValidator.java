package io.psm.migrate;

import io.psm.migrate.execute.VersionState;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.script.MigrationScript;

import java.util.Map;
import java.util.Optional;

/**
 * Compares the checksum recorded for each applied revision with its script's checksum now.
 * A revision without a recorded checksum (applied by an offline script, stamped, or a Java
 * migration without one) is not judged.
 */
final class ChecksumValidator {

    private ChecksumValidator() {
    }

    /**
     * @param graph    the revision graph
     * @param scripts  the scripts by revision id
     * @param state    the database's heads and recorded checksums
     * @throws ChecksumMismatchException for the first applied revision whose script changed
     */
    static void validate(RevisionGraph graph, Map<String, MigrationScript> scripts, VersionState state) {
        Map<String, String> recorded = state.checksums();
        if (recorded.isEmpty()) {
            return;
        }
        for (String revision : graph.ancestors(state.heads())) {
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
}
