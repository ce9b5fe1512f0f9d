package io.psm.migrate.plan;

import io.psm.migrate.graph.AmbiguousWalkException;
import io.psm.migrate.graph.InvalidTargetException;
import io.psm.migrate.plan.VersionChange.Delete;
import io.psm.migrate.plan.VersionChange.Insert;
import io.psm.migrate.plan.VersionChange.Update;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DowngradePlanTest {

    private final MigrationPlanner chain = new MigrationPlanner(graph("a", "b:a", "c:b"));
    private final MigrationPlanner diamond = new MigrationPlanner(graph("a", "b:a", "c:a", "d:b,c"));
    private final MigrationPlanner forked = new MigrationPlanner(graph("a", "b1:a#left", "b2:a#right"));

    private static List<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    @Test
    void minusOneMovesTheRowToTheParent() {
        MigrationPlan plan = chain.downgrade(List.of("c"), "-1");

        assertThat(plan.steps()).singleElement()
                .satisfies(step -> assertThat(step.versionChanges()).containsExactly(new Update("c", "b")));
        assertThat(plan.endHeads()).containsExactly("b");
    }

    @Test
    void downgradeToBaseDeletesTheLastRow() {
        MigrationPlan plan = chain.downgrade(List.of("c"), "base");

        assertThat(ids(plan)).containsExactly("c", "b", "a");
        assertThat(plan.steps().get(2).versionChanges()).containsExactly(new Delete("a"));
        assertThat(plan.endHeads()).isEmpty();
    }

    @Test
    void stepToBaseIsLoggedWithAnEmptyEnd() {
        MigrationPlan plan = chain.downgrade(List.of("a"), "base");

        assertThat(plan.steps().get(0).describe()).isEqualTo("downgrade a -> , msg a");
    }

    @Test
    void downgradingAMergeToOneParentLeavesAllItsParentsAsHeads() {
        MigrationPlan plan = diamond.downgrade(List.of("d"), "b");

        assertThat(ids(plan)).containsExactly("d");
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Insert("b"), new Update("d", "c"));
        assertThat(plan.endHeads()).containsExactly("b", "c");
    }

    @Test
    void unmergeStepIsLoggedWithAllTheParents() {
        assertThat(diamond.downgrade(List.of("d"), "b").steps().get(0).describe()).isEqualTo("downgrade d -> b, c, msg d");
    }

    @Test
    void downgradingThroughAMergeDeletesTheBranchThatEndsAtTheBranchPoint() {
        MigrationPlan plan = diamond.downgrade(List.of("d"), "a");

        assertThat(ids(plan)).containsExactly("d", "b", "c");
        assertThat(plan.steps()).extracting(MigrationStep::versionChanges).containsExactly(
                List.of(new Insert("b"), new Update("d", "c")), List.of(new Delete("b")), List.of(new Update("c", "a")));
        assertThat(plan.endHeads()).containsExactly("a");
    }

    @Test
    void downgradingOneBranchToItsBranchPointDeletesItsRow() {
        MigrationPlan plan = forked.downgrade(List.of("b1", "b2"), "left@-1");

        assertThat(ids(plan)).containsExactly("b1");
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Delete("b1"));
        assertThat(plan.endHeads()).containsExactly("b2");
    }

    @Test
    void minusOneFromSeveralHeadsIsAmbiguous() {
        assertThatThrownBy(() -> forked.downgrade(List.of("b1", "b2"), "-1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessageContaining("'-1' at the current revisions: it could go to b1, b2");
    }

    @Test
    void downgradeToARevisionNotBelowTheCurrentHeadsIsAnError() {
        assertThatThrownBy(() -> forked.downgrade(List.of("b1"), "b2"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Destination b2 is not a valid downgrade target from current head(s) b1");
    }

    @Test
    void downgradeStepsRunChildrenBeforeParents() {
        MigrationPlan plan = forked.downgrade(List.of("b1", "b2"), "base");

        assertThat(ids(plan)).containsExactly("b1", "b2", "a");
        assertThat(plan.steps()).extracting(MigrationStep::versionChanges).containsExactly(
                List.of(new Delete("b1")), List.of(new Update("b2", "a")), List.of(new Delete("a")));
    }
}
