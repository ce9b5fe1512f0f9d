package io.psm.migrate;

import java.util.List;

/**
 * Where a database stands against its scripts: what operators see on {@code /actuator/migrations}
 * and what the health indicator judges.
 *
 * @param current   the database's current revisions (its version-table rows), sorted
 * @param heads     the heads of the revision graph, sorted
 * @param pending   the revisions an upgrade to the configured target would run, in order
 * @param revisions every revision of the graph, newest first, with its state in this database
 */
public record MigrationStatus(
        List<String> current,
        List<String> heads,
        List<String> pending,
        List<RevisionStatus> revisions) {

    public MigrationStatus {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        revisions = List.copyOf(revisions);
    }

    /** The revisions whose latest attempt failed or never ended, newest first: the database needs a look. */
    public List<RevisionStatus> unfinished() {
        return revisions.stream().filter(revision -> revision.attempt().isPresent()).toList();
    }

    /** Whether nothing is pending. */
    public boolean upToDate() {
        return pending.isEmpty();
    }
}
