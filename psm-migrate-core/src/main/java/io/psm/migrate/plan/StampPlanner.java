package io.psm.migrate.plan;

import io.psm.migrate.graph.OverlappingRevisionsException;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans {@code stamp}: Alembic's {@code ScriptDirectory._stamp_revs} (which current heads each
 * target concerns, and whether it moves them up, down, or starts a new branch) and the version
 * changes {@code HeadMaintainer} makes for each {@code StampStep}.
 *
 * <p>Where Alembic fails on a valid request (two targets below one head, on separate branches),
 * a row that is no longer there is inserted instead of updated.
 */
final class StampPlanner {

    private final RevisionGraph graph;

    StampPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    StampPlan plan(Collection<String> currentHeads, List<String> targets, StampMode mode) {
        List<String> start = List.copyOf(new LinkedHashSet<>(currentHeads));
        List<String> heads = mode == StampMode.PURGE ? List.of() : start;
        heads.forEach(graph::revision);
        List<Target> parsed = (targets.isEmpty() ? List.of(Target.BASE) : targets).stream().map(Target::parse).toList();
        List<String> concerned = headsSharingLineage(heads, parsed);
        List<String> destinations = destinations(parsed);
        TreeSet<String> table = new TreeSet<>(heads);
        List<StampStep> steps = new ArrayList<>();
        if (destinations.isEmpty()) {
            concerned.forEach(head -> steps.add(step(table, Direction.DOWNGRADE, List.of(head), List.of(), true)));
        }
        for (String destination : destinations) {
            if (!concerned.contains(destination)) {
                steps.add(stepTo(table, concerned, destination));
            }
        }
        return new StampPlan(mode, start, steps, List.copyOf(table));
    }

    /** Down when concerned heads are above the destination, up when below, else a new branch. */
    private StampStep stepTo(TreeSet<String> table, List<String> concerned, String destination) {
        Set<String> above = graph.descendants(List.of(destination));
        Set<String> below = graph.ancestors(List.of(destination));
        if (concerned.stream().anyMatch(above::contains)) {
            return step(table, Direction.DOWNGRADE, concerned, List.of(destination), false);
        }
        if (concerned.stream().anyMatch(below::contains)) {
            return step(table, Direction.UPGRADE, concerned, List.of(destination), false);
        }
        return step(table, Direction.UPGRADE, List.of(), List.of(destination), true);
    }

    /** The current heads in the lineage (ancestors or descendants, with dependencies) of any target. */
    private List<String> headsSharingLineage(List<String> heads, List<Target> targets) {
        Set<String> concerned = new LinkedHashSet<>();
        for (Target target : targets) {
            List<String> shares = new ArrayList<>(graph.resolve(target));
            target.branch().ifPresent(branch -> shares.addAll(graph.resolve(new Target.Id(java.util.Optional.empty(), branch))));
            if (shares.isEmpty()) {
                concerned.addAll(heads);
                continue;
            }
            Set<String> lineage = new HashSet<>(graph.ancestors(shares));
            lineage.addAll(graph.descendants(shares));
            heads.stream().filter(lineage::contains).forEach(concerned::add);
        }
        return List.copyOf(concerned);
    }

    private List<String> destinations(List<Target> targets) {
        Set<String> destinations = new LinkedHashSet<>();
        targets.forEach(target -> destinations.addAll(graph.resolve(target)));
        for (String destination : destinations) {
            Set<String> below = new TreeSet<>(graph.ancestors(List.of(destination)));
            below.remove(destination);
            below.retainAll(destinations);
            if (!below.isEmpty()) {
                throw new OverlappingRevisionsException(destination, List.copyOf(below));
            }
        }
        return List.copyOf(destinations);
    }

    /** A stamp step with the version changes Alembic's {@code HeadMaintainer} makes for it. */
    private static StampStep step(TreeSet<String> table, Direction direction, List<String> from, List<String> to,
            boolean branchMove) {
        List<VersionChange> changes = new ArrayList<>();
        if (direction == Direction.DOWNGRADE && branchMove) {
            changes.add(new VersionChange.Delete(from.get(0)));
        } else if (direction == Direction.UPGRADE && (branchMove || !table.containsAll(from))
                && !table.contains(to.get(0))) {
            changes.add(new VersionChange.Insert(to.get(0)));
        } else {
            from.subList(0, from.size() - 1).stream().filter(table::contains)
                    .forEach(head -> changes.add(new VersionChange.Delete(head)));
            String last = from.get(from.size() - 1);
            changes.add(table.contains(last) ? new VersionChange.Update(last, to.get(0))
                    : new VersionChange.Insert(to.get(0)));
        }
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                table.add(insert.revision());
            } else if (change instanceof VersionChange.Delete delete) {
                table.remove(delete.revision());
            } else if (change instanceof VersionChange.Update update) {
                table.remove(update.from());
                table.add(update.to());
            }
        }
        return new StampStep(direction, from, to, changes);
    }
}
