package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes Alembic's normalized down revisions: a revision's parents plus those of its
 * {@code Depends On} targets that no versioned ancestor of it already depends on. These are the
 * edges the planner walks and the version table follows.
 *
 * <p>Only targets that several revisions depend on can be redundant, and only those cost a walk
 * over the descendants of their dependents.
 */
final class DependencyNormalizer {

    private DependencyNormalizer() {
    }

    static int[][] normalize(int[][] parents, int[][] dependencies, int[][] nextRevs) {
        Map<Integer, List<Integer>> dependents = new HashMap<>();
        for (int revision = 0; revision < dependencies.length; revision++) {
            for (int target : dependencies[revision]) {
                dependents.computeIfAbsent(target, t -> new ArrayList<>()).add(revision);
            }
        }
        BitSet[] redundant = new BitSet[parents.length];
        dependents.forEach((target, revisions) -> {
            if (revisions.size() > 1) {
                markRedundant(target, revisions, nextRevs, redundant);
            }
        });
        int[][] downs = new int[parents.length][];
        for (int revision = 0; revision < parents.length; revision++) {
            BitSet skip = redundant[revision];
            int[] kept = skip == null ? dependencies[revision]
                    : Arrays.stream(dependencies[revision]).filter(t -> !skip.get(t)).toArray();
            downs[revision] = GraphBuilder.union(new int[][] {parents[revision]}, new int[][] {kept})[0];
        }
        return downs;
    }

    /** Marks the dependency on {@code target} redundant for dependents below another dependent. */
    private static void markRedundant(int target, List<Integer> revisions, int[][] nextRevs, BitSet[] redundant) {
        BitSet below = new BitSet(nextRevs.length);
        int[] stack = new int[nextRevs.length];
        int size = 0;
        for (int revision : revisions) {
            for (int child : nextRevs[revision]) {
                if (!below.get(child)) {
                    below.set(child);
                    stack[size++] = child;
                }
            }
        }
        while (size > 0) {
            for (int child : nextRevs[stack[--size]]) {
                if (!below.get(child)) {
                    below.set(child);
                    stack[size++] = child;
                }
            }
        }
        for (int revision : revisions) {
            if (below.get(revision)) {
                if (redundant[revision] == null) {
                    redundant[revision] = new BitSet();
                }
                redundant[revision].set(target);
            }
        }
    }
}
