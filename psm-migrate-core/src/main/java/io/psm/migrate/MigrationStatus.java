package io.psm.migrate;

import io.psm.migrate.graph.render.GraphPicture;
import io.psm.migrate.graph.render.PictureFormat;
import io.psm.migrate.graph.render.PictureNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * The graph as Mermaid's flowchart, each revision coloured by its state in this database and
     * tagged {@code head} and {@code current} where it is one, for pages that draw it.
     *
     * @return the Mermaid text, ending with a line break
     */
    public String mermaid() {
        List<PictureNode> nodes = revisions.stream().map(revision -> {
            List<String> tags = new ArrayList<>();
            if (!revision.branchLabels().isEmpty()) {
                tags.add(String.join(", ", revision.branchLabels()));
            }
            if (heads.contains(revision.revision())) {
                tags.add("head");
            }
            if (current.contains(revision.revision())) {
                tags.add("current");
            }
            return new PictureNode(revision.revision(), revision.downRevisions(), List.of(), revision.message(), tags,
                    Optional.of(revision.state().word()));
        }).toList();
        return GraphPicture.of(nodes).render(PictureFormat.MERMAID);
    }
}
