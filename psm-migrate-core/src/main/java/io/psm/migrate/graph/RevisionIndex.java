package io.psm.migrate.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated graph as arrays over revision numbers {@code 0..size-1}, numbered in id order, so
 * that every walk is a loop over ints and every tie is broken by id. Immutable once built.
 *
 * <p>Edge arrays, Alembic's names in brackets: {@code parents} (versioned down revisions),
 * {@code downs} (parents plus the {@code Depends On} targets not implied by an ancestor
 * [{@code _normalized_down_revisions}]), {@code nextRevs} (versioned children [{@code nextrev}]),
 * {@code allNext} (children through parents or {@code Depends On} [{@code _all_nextrev}]) and
 * {@code upward} (the reverse of {@code downs}).
 */
final class RevisionIndex {

    /** Position below every revision: the empty version table. */
    static final int BASE = -1;

    final RevisionNode[] nodes;
    final Map<String, Integer> byId;
    final Map<String, Integer> labelOwners;
    final int[][] parents;
    final int[][] downs;
    final int[][] nextRevs;
    final int[][] allNext;
    final int[][] upward;
    final List<Set<String>> labels;
    final int[] heads;
    final int[] realHeads;
    final int[] bases;

    RevisionIndex(RevisionNode[] nodes, Map<String, Integer> byId, Map<String, Integer> labelOwners,
            int[][] parents, int[][] downs, int[][] nextRevs, int[][] allNext, int[][] upward,
            List<Set<String>> labels) {
        this.nodes = nodes;
        this.byId = byId;
        this.labelOwners = labelOwners;
        this.parents = parents;
        this.downs = downs;
        this.nextRevs = nextRevs;
        this.allNext = allNext;
        this.upward = upward;
        this.labels = labels;
        this.heads = withNoEdges(nextRevs);
        this.realHeads = withNoEdges(allNext);
        this.bases = withNoEdges(parents);
    }

    private static int[] withNoEdges(int[][] edges) {
        int[] found = new int[edges.length];
        int count = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edges[i].length == 0) {
                found[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    int size() {
        return nodes.length;
    }

    String id(int revision) {
        return nodes[revision].id();
    }

    /** The number of the revision with this exact id, or -1. */
    int indexOf(String id) {
        Integer found = byId.get(id);
        return found == null ? -1 : found;
    }

    boolean isHead(int revision) {
        return nextRevs[revision].length == 0;
    }

    boolean isBranchPoint(int revision) {
        return nextRevs[revision].length > 1;
    }

    boolean isMergePoint(int revision) {
        return parents[revision].length > 1;
    }

    List<String> ids(int[] revisions) {
        String[] out = new String[revisions.length];
        for (int i = 0; i < revisions.length; i++) {
            out[i] = id(revisions[i]);
        }
        return List.of(out);
    }
}
