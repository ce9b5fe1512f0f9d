package io.psm.migrate.plan;

import io.psm.migrate.graph.InvalidTargetException;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Plans migrations over a {@link RevisionGraph}: the steps of {@code upgrade}, {@code downgrade}
 * and {@code stamp} from the version table's current rows, each step with the version-table
 * changes that go with it, all computed before any SQL runs.
 *
 * <p>Pure: no database, no clock. Current heads are given by the caller (read from the version
 * table, or from the start of an {@code --sql A:B} range). Immutable and thread-safe.
 */
public final class MigrationPlanner {

    private final RevisionGraph graph;

    /**
     * Creates a planner.
     *
     * @param graph the validated revision graph
     */
    public MigrationPlanner(RevisionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /**
     * Plans {@code upgrade target}.
     *
     * @param currentHeads the version table's rows; empty for a new database
     * @param target       {@code head}, {@code heads}, a revision, {@code <branch>@head},
     *                     {@code +2}, ... (see {@link Target})
     * @return the steps, parents before children; empty when the target is already applied
     * @throws io.psm.migrate.graph.RevisionGraphException when a current head is unknown or the
     *         target names nothing, several heads for {@code head}, or an ambiguous walk
     */
    public MigrationPlan upgrade(Collection<String> currentHeads, String target) {
        List<String> start = distinct(currentHeads);
        List<String> path = graph.upgradePath(start, Target.parse(target));
        HeadTracker table = new HeadTracker(graph, start);
        List<MigrationStep> steps = new ArrayList<>(path.size());
        for (String revision : path) {
            steps.add(new MigrationStep(Direction.UPGRADE, graph.revision(revision), table.upgrade(revision)));
        }
        return new MigrationPlan(start, steps, table.heads());
    }

    /**
     * Plans {@code downgrade target}.
     *
     * @param currentHeads the version table's rows
     * @param target       a revision, {@code base}, {@code <branch>@base}, {@code -1} (one below
     *                     the single current head), {@code <branch>@-1}, ...
     * @return the steps, children before parents
     * @throws io.psm.migrate.graph.RevisionGraphException when the target is not below the current
     *         heads, {@code -1} has several current heads to choose from, or a name is unknown
     */
    public MigrationPlan downgrade(Collection<String> currentHeads, String target) {
        List<String> start = distinct(currentHeads);
        List<String> path = graph.downgradePath(start, Target.parse(target));
        HeadTracker table = new HeadTracker(graph, start);
        List<MigrationStep> steps = new ArrayList<>(path.size());
        for (String revision : path) {
            steps.add(new MigrationStep(Direction.DOWNGRADE, graph.revision(revision), table.downgrade(revision)));
        }
        return new MigrationPlan(start, steps, table.heads());
    }

    /**
     * Plans {@code stamp targets}: the version table is set without running anything.
     *
     * @param currentHeads the version table's rows; ignored (not even checked) with
     *                     {@link StampMode#PURGE}, which exists to repair a table whose rows the
     *                     graph does not know
     * @param targets      the revisions to stamp ({@code head}, {@code heads}, {@code base},
     *                     revisions, ...); empty means {@code base}
     * @param mode         keep the rows and move them, or purge them first
     * @return the stamp steps and resulting rows
     */
    public StampPlan stamp(Collection<String> currentHeads, List<String> targets, StampMode mode) {
        return new StampPlanner(graph).plan(currentHeads, targets, Objects.requireNonNull(mode, "mode"));
    }

    /**
     * Plans {@code upgrade --sql [A:]B}, where the start is given rather than read.
     *
     * @param range {@code B} (from base) or {@code A:B}; A may be any target naming revisions
     * @return the plan from A's revisions to B
     */
    public MigrationPlan offlineUpgrade(String range) {
        int colon = range.indexOf(':');
        return colon < 0 ? upgrade(List.of(), range)
                : upgrade(startOf(range.substring(0, colon)), range.substring(colon + 1));
    }

    /**
     * Plans {@code downgrade --sql A:B}, where the start is given rather than read.
     *
     * @param range {@code A:B}: from A's revisions down to B
     * @return the plan
     * @throws InvalidTargetException when the range has no start
     */
    public MigrationPlan offlineDowngrade(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new InvalidTargetException(range, "downgrade with --sql requires <fromrev>:<torev>");
        }
        return downgrade(startOf(range.substring(0, colon)), range.substring(colon + 1));
    }

    private List<String> startOf(String text) {
        return text.isBlank() ? List.of() : graph.resolve(Target.parse(text));
    }

    private static List<String> distinct(Collection<String> heads) {
        return List.copyOf(new LinkedHashSet<>(heads));
    }
}
