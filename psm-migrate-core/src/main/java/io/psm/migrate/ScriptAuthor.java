package io.psm.migrate;

import io.psm.migrate.graph.MultipleHeadsException;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.Target;
import io.psm.migrate.script.NewRevision;
import io.psm.migrate.script.ScriptWriter;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes new revisions on top of a graph: resolves {@code --head}, {@code --splice},
 * {@code --depends-on} and merge arguments to ids as Alembic's {@code revision} and
 * {@code merge} do, then hands the file to the {@link ScriptWriter}.
 */
final class ScriptAuthor {

    private final RevisionGraph graph;
    private final ScriptWriter writer;

    ScriptAuthor(RevisionGraph graph, ScriptWriter writer) {
        this.graph = graph;
        this.writer = writer;
    }

    Path revision(RevisionSpec spec) {
        List<String> parents = parents(spec.head(), spec.splice());
        NewRevision revision = NewRevision.of(spec.message(), parents)
                .withBranchLabels(spec.branchLabels())
                .withDependsOn(resolveAll(spec.dependsOn()))
                .withSql(spec.upgrade(), spec.downgrade());
        if (spec.revisionId().isPresent()) {
            revision = revision.withRevisionId(spec.revisionId().get());
        }
        return writer.revision(spec.directory(), revision);
    }

    Path merge(String message, List<String> revisions, Path directory) {
        List<String> parents = resolveAll(revisions);
        if (parents.size() < 2) {
            throw new MigrateConfigurationException("A merge needs at least two revisions to merge; "
                    + String.join(" ", revisions) + " names " + (parents.isEmpty() ? "none" : String.join(", ", parents)));
        }
        return writer.merge(directory, NewRevision.of(message, parents));
    }

    /** The parents of a new revision: the single head, a named head, or with splice any revision. */
    private List<String> parents(String head, boolean splice) {
        if (Target.BASE.equals(head) || graph.size() == 0) {
            return List.of();
        }
        Target target = Target.parse(head);
        if (target instanceof Target.Head && target.branch().isEmpty() && graph.heads().size() > 1) {
            throw new MultipleHeadsException(graph.heads(), head);
        }
        List<String> parents = graph.resolve(target);
        for (String parent : parents) {
            if (!splice && !graph.isHead(parent)) {
                throw new MigrateConfigurationException("Revision " + parent + " is not a head revision; use --splice"
                        + " to create a new branch from it");
            }
        }
        return parents;
    }

    private List<String> resolveAll(List<String> arguments) {
        Set<String> ids = new LinkedHashSet<>();
        for (String argument : arguments) {
            ids.addAll(graph.resolve(Target.parse(argument)));
        }
        return List.copyOf(ids);
    }
}
