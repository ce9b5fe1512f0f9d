package io.psm.migrate.adopt;

import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.graph.Target;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the squash of a linear run of revisions {@code A:B} into one revision with B's id, so that
 * a database at B or later carries on as it was, and lists the ids it replaces.
 *
 * <p>The run is linear when, from B down to A, every revision has one parent and none but B has a
 * child or a dependent outside the run; A may have any parents, which the new revision revises.
 *
 * <pre>{@code
 * SquashPlan plan = Squash.plan(graph, scriptsById, "ae10:3f2a");
 * NewRevision squashed = plan.statements("Create the schema");
 * }</pre>
 */
public final class Squash {

    private Squash() {
    }

    /**
     * Checks a range and gathers its revisions.
     *
     * @param graph   the revision graph
     * @param scripts every script by id
     * @param range   {@code A:B}, each an id, unique prefix or other single-revision target
     * @return the plan
     * @throws SquashException when the range is not {@code A:B}, holds fewer than two revisions,
     *                         is not linear, or holds a Java migration or a non-transactional revision
     */
    public static SquashPlan plan(RevisionGraph graph, Map<String, MigrationScript> scripts, String range) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1 || range.indexOf(':', colon + 1) >= 0) {
            throw new SquashException("A squash takes a range OLDEST:NEWEST, such as ae10:3f2a; got '" + range + "'");
        }
        String oldest = single(graph, range.substring(0, colon));
        String newest = single(graph, range.substring(colon + 1));
        List<RevisionNode> run = walk(graph, oldest, newest);
        Set<String> inner = new LinkedHashSet<>();
        run.forEach(node -> inner.add(node.id()));
        requireLinear(graph, run, inner, newest);
        List<MigrationScript> ordered = new ArrayList<>();
        for (RevisionNode node : run) {
            ordered.add(requireSql(scripts.get(node.id())));
        }
        return new SquashPlan(ordered, dependsOn(run, inner), labels(run));
    }

    private static String single(RevisionGraph graph, String argument) {
        List<String> ids = graph.resolve(Target.parse(argument));
        if (ids.size() != 1) {
            throw new SquashException("'" + argument + "' names " + (ids.isEmpty() ? "no revision" : ids.size()
                    + " revisions (" + String.join(", ", ids) + ")") + "; each end of a squash is one revision");
        }
        return ids.get(0);
    }

    /** From B down the first parents to A, returned oldest first. */
    private static List<RevisionNode> walk(RevisionGraph graph, String oldest, String newest) {
        if (oldest.equals(newest)) {
            throw new SquashException("The range " + oldest + ":" + newest + " holds one revision; a squash"
                    + " replaces two or more");
        }
        List<RevisionNode> run = new ArrayList<>();
        RevisionNode node = graph.revision(newest);
        while (true) {
            run.add(node);
            if (node.id().equals(oldest)) {
                break;
            }
            if (node.downRevisions().size() != 1) {
                throw new SquashException("The range " + oldest + ":" + newest + " is not linear: " + node.id()
                        + (node.isBase() ? " is a root and " + oldest + " is not below " + newest
                        : " merges " + String.join(", ", node.downRevisions()))
                        + (graph.ancestors(List.of(oldest)).contains(newest) ? " (the older revision comes first: "
                        + newest + ":" + oldest + ")" : "") + "; squash a run of revisions with one parent each");
            }
            node = graph.revision(node.downRevisions().get(0));
        }
        Collections.reverse(run);
        return run;
    }

    private static void requireLinear(RevisionGraph graph, List<RevisionNode> run, Set<String> inner, String newest) {
        for (RevisionNode node : graph.revisions()) {
            if (inner.contains(node.id())) {
                continue;
            }
            for (String parent : node.downRevisions()) {
                if (inner.contains(parent) && !parent.equals(newest)) {
                    throw new SquashException("The range is not linear: " + node.id() + " (" + node.origin()
                            + ") revises " + parent + " inside it, which is a branch point; squash up to "
                            + parent + " at most, or merge the branch first");
                }
            }
            for (String dependency : node.dependsOn()) {
                if (inner.contains(dependency) && !dependency.equals(newest)) {
                    throw new SquashException(node.id() + " (" + node.origin() + ") depends on " + dependency
                            + ", which the squash would replace; make it depend on " + newest + " first");
                }
            }
        }
    }

    private static MigrationScript requireSql(MigrationScript script) {
        if (!(script.upgrade() instanceof ScriptBody.SqlBody)) {
            throw new SquashException(script.id() + " (" + script.location() + ") is a Java migration; a squash"
                    + " joins SQL scripts only: squash the ranges before and after it");
        }
        if (!script.transactional()) {
            throw new SquashException(script.id() + " (" + script.location() + ") runs outside a transaction"
                    + " (Transactional: false); squash the ranges before and after it");
        }
        return script;
    }

    private static List<String> dependsOn(List<RevisionNode> run, Set<String> inner) {
        Set<String> outside = new LinkedHashSet<>();
        run.forEach(node -> node.dependsOn().stream().filter(id -> !inner.contains(id)).forEach(outside::add));
        return List.copyOf(outside);
    }

    private static List<String> labels(List<RevisionNode> run) {
        Set<String> labels = new LinkedHashSet<>();
        run.forEach(node -> labels.addAll(node.branchLabels()));
        return List.copyOf(labels);
    }
}
