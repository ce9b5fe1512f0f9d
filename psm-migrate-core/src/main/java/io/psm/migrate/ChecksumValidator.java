package io.psm.migrate;

import io.psm.migrate.execute.AcceptedChecksum;
import io.psm.migrate.execute.VersionState;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.script.MigrationScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the checksum recorded for each applied revision with its script's checksum now.
 * A revision without a recorded checksum (applied by an offline script, stamped, or a Java
 * migration without one) is not judged, nor is a squashed revision in a database that applied the
 * revisions it replaces (its recorded checksum is the old script's).
 */
final class ChecksumValidator {

    private ChecksumValidator() {
    }

    /**
     * The applied revisions whose scripts no longer match their recorded checksums, with the
     * checksums to accept for them.
     *
     * @param graph   the revision graph
     * @param scripts the scripts by revision id
     * @param state   the database's heads and recorded checksums
     * @return one entry per changed script, in revision id order
     */
    static List<AcceptedChecksum> changed(RevisionGraph graph, Map<String, MigrationScript> scripts, VersionState state) {
        List<String> edited = new ArrayList<>();
        state.checksums().forEach((revision, recorded) -> {
            MigrationScript script = scripts.get(revision);
            if (script != null && script.checksum().isPresent() && !script.checksum().get().equals(recorded)
                    && !squashedSinceApplied(script, state)) {
                edited.add(revision);
            }
        });
        if (edited.isEmpty()) {
            return List.of();
        }
        // Only revisions the database holds now count: one downgraded since may have changed freely.
        Set<String> applied = graph.ancestors(state.heads());
        List<AcceptedChecksum> changed = new ArrayList<>();
        edited.stream().filter(applied::contains).sorted().forEach(revision -> changed.add(new AcceptedChecksum(
                revision, scripts.get(revision).revision().downRevisions(), scripts.get(revision).checksum().get())));
        return changed;
    }

    /**
     * Whether a squash rewrote the script after this database applied it: the database went through
     * the revisions it replaces, so the checksum it recorded is the old script's.
     */
    private static boolean squashedSinceApplied(MigrationScript script, VersionState state) {
        return script.replaces().stream().anyMatch(state.checksums()::containsKey);
    }

    /**
     * @param graph    the revision graph
     * @param scripts  the scripts by revision id
     * @param state    the database's heads and recorded checksums
     * @throws ChecksumMismatchException for the first applied revision whose script changed
     */
    static void validate(RevisionGraph graph, Map<String, MigrationScript> scripts, VersionState state) {
        if (state.checksums().isEmpty()) {
            return;
        }
        List<AcceptedChecksum> changed = changed(graph, scripts, state);
        if (!changed.isEmpty()) {
            AcceptedChecksum first = changed.get(0);
            throw new ChecksumMismatchException(first.revision(), scripts.get(first.revision()).location(),
                    state.checksums().get(first.revision()), first.checksum());
        }
    }
}
