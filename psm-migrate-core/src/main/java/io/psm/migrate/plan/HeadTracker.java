package io.psm.migrate.plan;

import io.psm.migrate.graph.RevisionGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Simulates the version table through a plan, step by step, and says which rows each revision
 * step inserts, deletes or moves: Alembic's {@code HeadMaintainer.update_to_step} with
 * {@code RevisionStep}'s rules (create a branch, delete a branch, merge, unmerge, plain move).
 *
 * <p>Besides the heads it keeps the applied revisions (the heads and all below them), so that
 * "is this revision below another head" is a short walk up through applied revisions, ending at
 * the first head found, instead of an ancestor set per step.
 */
final class HeadTracker {

    private final RevisionGraph graph;
    private final TreeSet<String> heads;
    private final Set<String> applied;

    HeadTracker(RevisionGraph graph, Collection<String> startHeads) {
        this.graph = graph;
        this.heads = new TreeSet<>(startHeads);
        this.applied = new HashSet<>(graph.ancestors(startHeads));
    }

    /** The current rows, in id order. */
    List<String> heads() {
        return List.copyOf(heads);
    }

    /** The changes for applying {@code revision}, which are then made to the simulated table. */
    List<VersionChange> upgrade(String revision) {
        List<String> downs = graph.normalizedDownRevisions(revision);
        List<String> present = downs.stream().filter(heads::contains).toList();
        List<VersionChange> changes = new ArrayList<>();
        if (present.isEmpty()) {
            changes.add(new VersionChange.Insert(revision));
        } else if (downs.size() > 1 && present.size() > 1) {
            Predicate<String> otherHead = head -> heads.contains(head) && !downs.contains(head);
            List<String> merged = present.stream().filter(down -> !isBelowAny(down, otherHead)).toList();
            require(!merged.isEmpty(), "merge of " + revision + " finds every parent below another head");
            merged.subList(0, merged.size() - 1).forEach(down -> changes.add(new VersionChange.Delete(down)));
            changes.add(new VersionChange.Update(merged.get(merged.size() - 1), revision));
        } else {
            changes.add(new VersionChange.Update(present.get(0), revision));
        }
        apply(changes);
        applied.add(revision);
        return List.copyOf(changes);
    }

    /** The changes for reverting {@code revision}, which are then made to the simulated table. */
    List<VersionChange> downgrade(String revision) {
        if (!heads.contains(revision)) {
            throw new IllegalStateException("revision " + revision + " is reverted while not a head of " + heads);
        }
        List<String> downs = graph.normalizedDownRevisions(revision);
        List<String> remaining = downs.isEmpty() ? List.of() : unmergedTo(revision, downs);
        List<VersionChange> changes = new ArrayList<>();
        if (remaining.isEmpty()) {
            changes.add(new VersionChange.Delete(revision));
        } else {
            remaining.subList(0, remaining.size() - 1).forEach(down -> changes.add(new VersionChange.Insert(down)));
            changes.add(new VersionChange.Update(revision, remaining.get(remaining.size() - 1)));
        }
        apply(changes);
        applied.remove(revision);
        return List.copyOf(changes);
    }

    /**
     * The down revisions that become heads when {@code revision} is reverted: those not below
     * another head (or, with no other head, not below another of them).
     */
    private List<String> unmergedTo(String revision, List<String> downs) {
        if (heads.size() > 1) {
            Predicate<String> otherHead = head -> !head.equals(revision) && heads.contains(head);
            return downs.stream().filter(down -> !isBelowAny(down, otherHead)).toList();
        }
        return downs.stream().filter(down -> !isBelowAny(down, other -> !other.equals(down) && downs.contains(other)))
                .toList();
    }

    /** Whether the revision is a goal or below one, walking up through applied revisions. */
    private boolean isBelowAny(String revision, Predicate<String> goal) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(revision);
        seen.add(revision);
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (goal.test(current)) {
                return true;
            }
            for (String up : graph.normalizedNextRevisions(current)) {
                if (applied.contains(up) && seen.add(up)) {
                    todo.push(up);
                }
            }
        }
        return false;
    }

    /** Makes the changes to the simulated table, checking each as the database would. */
    private void apply(List<VersionChange> changes) {
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                require(heads.add(insert.revision()), "insert of an existing row " + insert.revision());
            } else if (change instanceof VersionChange.Delete delete) {
                require(heads.remove(delete.revision()), "delete of a missing row " + delete.revision());
            } else {
                VersionChange.Update update = (VersionChange.Update) change;
                require(heads.remove(update.from()), "update of a missing row " + update.from());
                require(heads.add(update.to()), "update onto an existing row " + update.to());
            }
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("version table simulation: " + what);
        }
    }
}
