package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders revisions parents first (Kahn's algorithm over parents and {@code Depends On}) and, when
 * no order exists, reports one cycle with its revisions and files. Iterative, so no graph depth
 * can overflow the stack.
 */
final class CycleCheck {

    private CycleCheck() {
    }

    /**
     * Orders the revisions so that each comes after its parents and dependencies.
     *
     * @throws CycleException when revisions revise or depend on each other in a circle
     */
    static int[] topologicalOrder(RevisionNode[] nodes, int[][] parents, int[][] dependencies) {
        int[][] downs = GraphBuilder.union(parents, dependencies);
        int[][] ups = GraphBuilder.reverse(downs);
        int[] waiting = new int[nodes.length];
        int[] order = new int[nodes.length];
        int queued = 0;
        for (int i = 0; i < nodes.length; i++) {
            waiting[i] = downs[i].length;
            if (waiting[i] == 0) {
                order[queued++] = i;
            }
        }
        for (int done = 0; done < queued; done++) {
            for (int child : ups[order[done]]) {
                if (--waiting[child] == 0) {
                    order[queued++] = child;
                }
            }
        }
        if (queued < nodes.length) {
            throw cycle(nodes, downs, waiting);
        }
        return order;
    }

    /** Walks down from a revision left waiting, always to a parent still waiting, until one repeats. */
    private static CycleException cycle(RevisionNode[] nodes, int[][] downs, int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<Integer> walk = new ArrayList<>();
        int current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, walk.size());
            walk.add(current);
            current = firstWaiting(downs[current], waiting);
        }
        List<Integer> loop = new ArrayList<>(walk.subList(seenAt.get(current), walk.size()));
        Collections.reverse(loop);
        Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
        List<String> ids = new ArrayList<>(loop.size());
        loop.forEach(r -> ids.add(nodes[r].id()));
        return CycleException.of(ids, GraphBuilder.origins(nodes, loop));
    }

    private static int firstWaiting(int[] candidates, int[] waiting) {
        for (int candidate : candidates) {
            if (waiting[candidate] > 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("a revision left waiting has no parent left waiting");
    }
}
