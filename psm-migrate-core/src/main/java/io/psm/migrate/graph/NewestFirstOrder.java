package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's order of a set of revisions, newest first ({@code RevisionMap._topological_sort}):
 * depth first down each branch, every branch ended at its branch point before the revisions below
 * it, siblings in id order. {@code history} prints this order, a downgrade runs it, an upgrade
 * runs it reversed.
 *
 * <p>Alembic keeps a list of branch tips and the full ancestor set of each; it walks down the
 * current tip until the next revision is still needed above by another tip, and then moves to the
 * first such tip in the list. This class makes the same moves without the ancestor sets: a
 * revision is needed above exactly when one of its children in the set is not yet emitted (a
 * counter), and the tips above it are found by a walk up through the revisions not yet emitted,
 * only when it is blocked. The set must be convex (every revision between two members is a
 * member), as every set the graph orders is.
 */
final class NewestFirstOrder {

    private final RevisionIndex index;
    private final BitSet todo;
    private final int[] pending;
    private final BitSet emitted;
    private final List<Integer> tips = new ArrayList<>();
    private final BitSet isTip;
    private final int[] seenAt;
    private final int[] queue;
    private int walk;

    private NewestFirstOrder(RevisionIndex index, BitSet todo) {
        this.index = index;
        this.todo = todo;
        this.pending = new int[index.size()];
        this.emitted = new BitSet(index.size());
        this.isTip = new BitSet(index.size());
        this.seenAt = new int[index.size()];
        this.queue = new int[index.size()];
    }

    /**
     * Orders the revisions newest first.
     *
     * @param todo the revisions to order (not modified)
     * @return their numbers, each after every member that descends from it
     */
    static int[] sort(RevisionIndex index, BitSet todo) {
        return new NewestFirstOrder(index, todo).run();
    }

    private int[] run() {
        countChildren();
        int[] out = new int[todo.cardinality()];
        int count = 0;
        int at = 0;
        while (!tips.isEmpty()) {
            int candidate = tips.get(at);
            if (pending[candidate] > 0) {
                at = firstTipAbove(candidate, at);
                continue;
            }
            out[count++] = candidate;
            emitted.set(candidate);
            at = replaceTip(at, candidate);
        }
        if (count != out.length) {
            throw new IllegalStateException("revisions left unordered: the set is not convex");
        }
        return out;
    }

    private void countChildren() {
        for (int r = todo.nextSetBit(0); r >= 0; r = todo.nextSetBit(r + 1)) {
            for (int down : index.downs[r]) {
                if (todo.get(down)) {
                    pending[down]++;
                }
            }
        }
        for (int r = todo.nextSetBit(0); r >= 0; r = todo.nextSetBit(r + 1)) {
            if (pending[r] == 0) {
                tips.add(r);
                isTip.set(r);
            }
        }
    }

    /** Replaces the emitted tip by its down revisions in the set that are not tips yet. */
    private int replaceTip(int at, int candidate) {
        List<Integer> added = new ArrayList<>(2);
        for (int down : index.downs[candidate]) {
            if (todo.get(down)) {
                pending[down]--;
                if (!isTip.get(down)) {
                    added.add(down);
                }
            }
        }
        isTip.clear(candidate);
        if (added.isEmpty()) {
            tips.remove(at);
            return Math.max(at - 1, 0);
        }
        tips.set(at, added.get(0));
        tips.addAll(added.subList(1, added.size()));
        added.forEach(isTip::set);
        return at;
    }

    /** The first tip in the list, other than the blocked one, that descends from it. */
    private int firstTipAbove(int blocked, int at) {
        walk++;
        int size = 0;
        queue[size++] = blocked;
        seenAt[blocked] = walk;
        for (int head = 0; head < size; head++) {
            for (int up : index.upward[queue[head]]) {
                if (todo.get(up) && !emitted.get(up) && seenAt[up] != walk) {
                    seenAt[up] = walk;
                    queue[size++] = up;
                }
            }
        }
        for (int position = 0; position < tips.size(); position++) {
            if (position != at && seenAt[tips.get(position)] == walk) {
                return position;
            }
        }
        throw new IllegalStateException("revision " + index.id(blocked) + " is blocked by no tip");
    }
}
