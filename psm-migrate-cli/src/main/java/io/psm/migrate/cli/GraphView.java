package io.psm.migrate.cli;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.MigrationScript;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The loaded scripts seen from above, for printing: each revision's children, so that a line can
 * say {@code (head)}, {@code (effective head)} or {@code (branchpoint)} as Alembic's does.
 */
final class GraphView {

    private final Map<String, MigrationScript> scripts;
    private final Map<String, Set<String>> children;
    private final Map<String, Set<String>> dependents;

    private GraphView(Map<String, MigrationScript> scripts) {
        this.scripts = scripts;
        Map<String, Set<String>> childMap = new TreeMap<>();
        Map<String, Set<String>> dependentMap = new TreeMap<>();
        for (MigrationScript script : scripts.values()) {
            RevisionNode node = script.revision();
            node.downRevisions().forEach(parent -> childMap.computeIfAbsent(parent, id -> new TreeSet<>()).add(node.id()));
            node.dependsOn().stream().map(this::resolve).flatMap(Optional::stream)
                    .forEach(dependency -> dependentMap.computeIfAbsent(dependency, id -> new TreeSet<>()).add(node.id()));
        }
        this.children = childMap;
        this.dependents = dependentMap;
    }

    /** The view of these scripts. */
    static GraphView of(List<MigrationScript> scripts) {
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        scripts.forEach(script -> byId.put(script.id(), script));
        return new GraphView(byId);
    }

    /** The script of a revision, when it was loaded. */
    Optional<MigrationScript> script(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    /** The revisions that name {@code id} as a parent, sorted. */
    Set<String> nextRevisions(String id) {
        return Collections.unmodifiableSet(children.getOrDefault(id, Set.of()));
    }

    /** Whether no revision names {@code id} as a parent (it may still be depended on). */
    boolean isHead(String id) {
        return nextRevisions(id).isEmpty();
    }

    /** Whether nothing at all follows {@code id}: no child and no dependent. */
    boolean isRealHead(String id) {
        return isHead(id) && dependents.getOrDefault(id, Set.of()).isEmpty();
    }

    /** Whether several revisions name {@code id} as a parent. */
    boolean isBranchPoint(String id) {
        return nextRevisions(id).size() > 1;
    }

    private Optional<String> resolve(String dependency) {
        if (scripts.containsKey(dependency)) {
            return Optional.of(dependency);
        }
        return scripts.values().stream()
                .filter(script -> script.revision().branchLabels().contains(dependency))
                .map(MigrationScript::id)
                .findFirst();
    }
}
