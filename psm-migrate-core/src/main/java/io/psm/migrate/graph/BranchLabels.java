package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spreads branch labels along their branch, as Alembic does: a label applies to its revision and
 * every versioned descendant, and down the revision's ancestors as long as they form a plain line
 * (no branch point, no merge point). Two linear passes; revisions without labels of their own
 * share their parent's set.
 */
final class BranchLabels {

    private BranchLabels() {
    }

    static List<Set<String>> inherit(RevisionNode[] nodes, int[][] parents, int[][] nextRevs, int[][] allNext,
            int[] order) {
        List<Set<String>> fromAncestors = fromAncestors(nodes, parents, order);
        List<Set<String>> alongLine = alongLine(nodes, parents, nextRevs, allNext, order);
        List<Set<String>> labels = new ArrayList<>(nodes.length);
        for (int revision = 0; revision < nodes.length; revision++) {
            labels.add(union(fromAncestors.get(revision), alongLine.get(revision)));
        }
        return Collections.unmodifiableList(labels);
    }

    /** Own labels plus every label of a versioned ancestor; parents are visited first. */
    private static List<Set<String>> fromAncestors(RevisionNode[] nodes, int[][] parents, int[] order) {
        List<Set<String>> labels = new ArrayList<>(Collections.nCopies(nodes.length, Set.of()));
        for (int revision : order) {
            Set<String> own = Set.copyOf(nodes[revision].branchLabels());
            Set<String> inherited = Set.of();
            for (int parent : parents[revision]) {
                inherited = union(inherited, labels.get(parent));
            }
            labels.set(revision, union(own, inherited));
        }
        return labels;
    }

    /** Labels carried down a plain line of ancestors; children are visited first. */
    private static List<Set<String>> alongLine(RevisionNode[] nodes, int[][] parents, int[][] nextRevs,
            int[][] allNext, int[] order) {
        List<Set<String>> labels = new ArrayList<>(Collections.nCopies(nodes.length, Set.of()));
        for (int k = order.length - 1; k >= 0; k--) {
            int revision = order[k];
            if (allNext[revision].length > 1 || parents[revision].length > 1) {
                continue;
            }
            Set<String> fromChild = allNext[revision].length == 1 && nextRevs[revision].length == 1
                    ? labels.get(nextRevs[revision][0]) : Set.of();
            labels.set(revision, union(Set.copyOf(nodes[revision].branchLabels()), fromChild));
        }
        return labels;
    }

    /** The union, sorted; one of the arguments itself when the other adds nothing. */
    private static Set<String> union(Set<String> first, Set<String> second) {
        if (second.isEmpty() || first.containsAll(second)) {
            return sorted(first);
        }
        if (first.isEmpty() || second.containsAll(first)) {
            return sorted(second);
        }
        TreeSet<String> both = new TreeSet<>(first);
        both.addAll(second);
        return Collections.unmodifiableSortedSet(both);
    }

    private static Set<String> sorted(Set<String> labels) {
        if (labels.size() < 2 || labels instanceof java.util.SortedSet) {
            return labels;
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(labels));
    }
}
