package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.MigrationScript;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's revision graph and the loaded scripts, seen from above for printing: what a line
 * needs to say {@code (head)}, {@code (effective head)}, {@code (branchpoint)} or a branch label
 * as Alembic's does.
 */
final class GraphView {

    private final RevisionGraph graph;
    private final Map<String, MigrationScript> scripts;

    private GraphView(RevisionGraph graph, List<MigrationScript> scripts) {
        this.graph = graph;
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        scripts.forEach(script -> byId.put(script.id(), script));
        this.scripts = byId;
    }

    /** The view of a loaded instance. */
    static GraphView of(PsmMigrate migrate) {
        return new GraphView(migrate.graph(), migrate.scripts());
    }

    /** The view of these scripts, whose graph must be valid. */
    static GraphView of(List<MigrationScript> scripts) {
        return new GraphView(RevisionGraph.of(scripts.stream().map(MigrationScript::revision).toList()), scripts);
    }

    /** The script of a revision. */
    Optional<MigrationScript> script(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    /** A revision of the graph, by full id. */
    RevisionNode revision(String id) {
        return graph.revision(id);
    }

    /** The revisions that name {@code id} as a parent (Alembic's {@code nextrev}), in id order. */
    List<String> nextRevisions(String id) {
        return graph.children(id);
    }

    /** Whether no revision names {@code id} as a parent (it may still be depended on). */
    boolean isHead(String id) {
        return graph.isHead(id);
    }

    /** Whether nothing at all follows {@code id}: no child and no revision depending on it. */
    boolean isRealHead(String id) {
        return graph.isHead(id) && graph.normalizedNextRevisions(id).isEmpty();
    }

    /** Whether several revisions name {@code id} as a parent. */
    boolean isBranchPoint(String id) {
        return graph.isBranchPoint(id);
    }

    /** The branch labels of {@code id}: its own and those it inherits along its branch, as Alembic shows them. */
    Set<String> branchLabels(String id) {
        return graph.branchLabels(id);
    }
}
