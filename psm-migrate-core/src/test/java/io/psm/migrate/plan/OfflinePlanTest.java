package io.psm.migrate.plan;

import io.psm.migrate.graph.InvalidTargetException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code upgrade --sql A:B} and {@code downgrade --sql B:A}: the start is given, not read. */
class OfflinePlanTest {

    private final MigrationPlanner chain = new MigrationPlanner(graph("a", "b:a", "c:b", "d:c"));

    private static List<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    @Test
    void upgradeRangeStartsAtTheGivenRevision() {
        MigrationPlan plan = chain.offlineUpgrade("b:d");

        assertThat(plan.startHeads()).containsExactly("b");
        assertThat(ids(plan)).containsExactly("c", "d");
    }

    @Test
    void upgradeWithoutAStartStartsAtBase() {
        assertThat(ids(chain.offlineUpgrade("c"))).containsExactly("a", "b", "c");
        assertThat(ids(chain.offlineUpgrade(":b"))).containsExactly("a", "b");
    }

    @Test
    void downgradeRangeRevertsFromTheGivenStart() {
        MigrationPlan plan = chain.offlineDowngrade("d:b");

        assertThat(ids(plan)).containsExactly("d", "c");
        assertThat(plan.endHeads()).containsExactly("b");
    }

    @Test
    void startMayBeSymbolic() {
        assertThat(ids(chain.offlineDowngrade("head:base"))).containsExactly("d", "c", "b", "a");
    }

    @Test
    void downgradeWithoutAStartIsRefused() {
        assertThatThrownBy(() -> chain.offlineDowngrade("b"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Invalid target 'b': downgrade with --sql requires <fromrev>:<torev>");
    }
}
