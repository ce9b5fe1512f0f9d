package io.psm.migrate.graph;

import java.util.BitSet;

/** Reachability over the index's edge arrays, with an explicit stack: no recursion on graph depth. */
final class Traversal {

    private Traversal() {
    }

    /**
     * Every revision reachable from the starts along the edges, the starts included.
     *
     * @param edges  one of the index's edge arrays ({@code downs} for ancestors, {@code upward}
     *               for descendants, {@code parents}/{@code nextRevs} for the versioned ones)
     * @param starts revision numbers; {@link RevisionIndex#BASE} is ignored
     */
    static BitSet closure(int[][] edges, int... starts) {
        BitSet reached = new BitSet(edges.length);
        int[] stack = new int[Math.max(edges.length, 1)];
        int size = 0;
        for (int start : starts) {
            if (start != RevisionIndex.BASE && !reached.get(start)) {
                reached.set(start);
                stack[size++] = start;
            }
        }
        while (size > 0) {
            for (int next : edges[stack[--size]]) {
                if (!reached.get(next)) {
                    reached.set(next);
                    stack[size++] = next;
                }
            }
        }
        return reached;
    }

    /** The revisions of the set, ascending. */
    static int[] members(BitSet set) {
        return set.stream().toArray();
    }

    /**
     * Fails when one revision is an ancestor of another: several targets, or the rows of a version
     * table, must be independent heads.
     *
     * @throws OverlappingRevisionsException naming the higher revision and those below it
     */
    static void requireIndependent(RevisionIndex index, int[] revisions) {
        if (revisions.length < 2) {
            return;
        }
        BitSet given = new BitSet(index.size());
        for (int revision : revisions) {
            given.set(revision);
        }
        BitSet anyBelow = closure(index.downs, java.util.Arrays.stream(revisions)
                .flatMap(r -> java.util.Arrays.stream(index.downs[r])).toArray());
        if (!anyBelow.intersects(given)) {
            return;
        }
        for (int revision : revisions) {
            BitSet below = closure(index.downs, index.downs[revision]);
            below.and(given);
            if (!below.isEmpty()) {
                throw new OverlappingRevisionsException(index.id(revision), index.ids(members(below)));
            }
        }
    }
}
