package io.psm.migrate.plan;

import io.psm.migrate.graph.GraphFixtures;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.Target;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans over ten thousand revisions: a chain and a branchy graph, up to the heads and back to base. */
class LargePlanTest {

    private static final int SIZE = 10_000;

    /** Applies every change to a simulated table, failing on an impossible one, and returns the rows. */
    private static List<String> replay(List<String> start, MigrationPlan plan) {
        TreeSet<String> rows = new TreeSet<>(start);
        for (MigrationStep step : plan.steps()) {
            for (VersionChange change : step.versionChanges()) {
                boolean possible;
                if (change instanceof VersionChange.Insert insert) {
                    possible = rows.add(insert.revision());
                } else if (change instanceof VersionChange.Delete delete) {
                    possible = rows.remove(delete.revision());
                } else {
                    VersionChange.Update update = (VersionChange.Update) change;
                    possible = rows.remove(update.from()) && rows.add(update.to());
                }
                if (!possible) {
                    throw new AssertionError(change + " is impossible in " + step.describe() + " with rows " + rows);
                }
            }
        }
        return List.copyOf(rows);
    }

    @Test
    void chainUpgradeInsertsOnceAndMovesTheRowTenThousandTimes() {
        MigrationPlanner planner = new MigrationPlanner(RevisionGraph.of(GraphFixtures.chain(SIZE)));

        MigrationPlan plan = planner.upgrade(List.of(), "head");

        assertThat(plan.steps()).hasSize(SIZE);
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new VersionChange.Insert(GraphFixtures.chainId(0)));
        assertThat(replay(List.of(), plan)).containsExactly(GraphFixtures.chainId(SIZE - 1));
    }

    @Test
    void chainDowngradeToBaseEndsWithAnEmptyTable() {
        MigrationPlanner planner = new MigrationPlanner(RevisionGraph.of(GraphFixtures.chain(SIZE)));
        List<String> head = List.of(GraphFixtures.chainId(SIZE - 1));

        MigrationPlan plan = planner.downgrade(head, "base");

        assertThat(plan.steps()).hasSize(SIZE);
        assertThat(replay(head, plan)).isEmpty();
    }

    @Test
    void branchyUpgradeToHeadsEndsAtEveryHead() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));

        MigrationPlan plan = new MigrationPlanner(graph).upgrade(List.of(), "heads");

        assertThat(plan.steps()).hasSize(graph.size());
        assertThat(replay(List.of(), plan)).isEqualTo(plan.endHeads())
                .containsExactlyElementsOf(new TreeSet<>(graph.resolve(Target.parse("heads"))));
    }

    @Test
    void branchyDowngradeFromEveryHeadToBaseEndsWithAnEmptyTable() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));
        List<String> heads = graph.resolve(Target.parse("heads"));

        MigrationPlan plan = new MigrationPlanner(graph).downgrade(heads, "base");

        assertThat(plan.steps()).hasSize(graph.size());
        assertThat(replay(heads, plan)).isEmpty();
    }
}
