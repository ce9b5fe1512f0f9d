package io.psm.migrate.plan;

import io.psm.migrate.graph.MultipleHeadsException;
import io.psm.migrate.graph.UnknownCurrentRevisionException;
import io.psm.migrate.plan.VersionChange.Delete;
import io.psm.migrate.plan.VersionChange.Insert;
import io.psm.migrate.plan.VersionChange.Update;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpgradePlanTest {

    private final MigrationPlanner chain = new MigrationPlanner(graph("a", "b:a", "c:b"));
    private final MigrationPlanner diamond = new MigrationPlanner(graph("a", "b:a", "c:a", "d:b,c"));
    private final MigrationPlanner forked = new MigrationPlanner(graph("a", "b1:a#left", "c1:b1", "b2:a#right", "c2:b2"));

    private static List<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    @Test
    void upgradeFromAnEmptyTableInsertsTheRootAndThenMovesTheRow() {
        MigrationPlan plan = chain.upgrade(List.of(), "head");

        assertThat(plan.steps()).extracting(MigrationStep::versionChanges).containsExactly(
                List.of(new Insert("a")), List.of(new Update("a", "b")), List.of(new Update("b", "c")));
        assertThat(plan.startHeads()).isEmpty();
        assertThat(plan.endHeads()).containsExactly("c");
    }

    @Test
    void firstStepFromBaseIsLoggedWithAnEmptyStart() {
        MigrationPlan plan = chain.upgrade(List.of(), "a");

        assertThat(plan.steps().get(0).describe()).isEqualTo("upgrade  -> a, msg a");
    }

    @Test
    void upgradeToAnAncestorOfTheCurrentRevisionDoesNothing() {
        MigrationPlan plan = chain.upgrade(List.of("c"), "a");

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.endHeads()).containsExactly("c");
    }

    @Test
    void upgradeIntoAMergeDeletesOneParentRowAndMovesTheOther() {
        MigrationPlan plan = diamond.upgrade(List.of("b", "c"), "d");

        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Delete("b"), new Update("c", "d"));
        assertThat(plan.endHeads()).containsExactly("d");
    }

    @Test
    void mergeStepIsLoggedWithAllItsParents() {
        MigrationPlan plan = diamond.upgrade(List.of("b", "c"), "d");

        assertThat(plan.steps().get(0).describe()).isEqualTo("upgrade b, c -> d, msg d");
    }

    @Test
    void upgradeOntoASiblingBranchInsertsANewRow() {
        MigrationPlan plan = forked.upgrade(List.of("b1"), "b2");

        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Insert("b2"));
        assertThat(plan.endHeads()).containsExactly("b1", "b2");
    }

    @Test
    void upgradeHeadsTakesEveryBranchUp() {
        MigrationPlan plan = forked.upgrade(List.of("a"), "heads");

        assertThat(ids(plan)).containsExactly("b2", "c2", "b1", "c1");
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Update("a", "b2"));
        assertThat(plan.steps().get(2).versionChanges()).containsExactly(new Insert("b1"));
        assertThat(plan.endHeads()).containsExactly("c1", "c2");
    }

    @Test
    void upgradeLabelAtHeadTakesOnlyThatBranch() {
        MigrationPlan plan = forked.upgrade(List.of("a"), "right@head");

        assertThat(ids(plan)).containsExactly("b2", "c2");
        assertThat(plan.endHeads()).containsExactly("c2");
    }

    @Test
    void upgradeWithSeveralHeadsAndHeadIsRefused() {
        assertThatThrownBy(() -> forked.upgrade(List.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageContaining("'head': c1, c2");
    }

    @Test
    void upgradePlusNCountsFromTheCurrentRevision() {
        MigrationPlan plan = chain.upgrade(List.of("a"), "+2");

        assertThat(ids(plan)).containsExactly("b", "c");
    }

    @Test
    void revisionReachedOnlyThroughDependsOnIsAppliedButKeepsNoRow() {
        MigrationPlanner planner = new MigrationPlanner(graph("x1", "y1", "y2:y1+x1"));

        MigrationPlan plan = planner.upgrade(List.of(), "y2");

        assertThat(ids(plan)).containsExactly("x1", "y1", "y2");
        assertThat(plan.steps().get(2).versionChanges()).containsExactly(new Delete("y1"), new Update("x1", "y2"));
        assertThat(plan.endHeads()).containsExactly("y2");
    }

    @Test
    void stepLeavingADependencyLogsOnlyItsParents() {
        MigrationPlanner planner = new MigrationPlanner(graph("x1", "y1", "y2:y1+x1"));

        assertThat(planner.upgrade(List.of("x1", "y1"), "y2").steps().get(0).describe())
                .isEqualTo("upgrade y1 -> y2, msg y2");
    }

    @Test
    void currentHeadUnknownToTheScriptsCannotBeLocated() {
        assertThatThrownBy(() -> chain.upgrade(List.of("f00dcafe"), "head"))
                .isInstanceOf(UnknownCurrentRevisionException.class)
                .hasMessage("Can't locate revision identified by 'f00dcafe': the database is at this revision, which the"
                        + " migration scripts do not contain");
    }

    @Test
    void repeatedCurrentRowsCountOnce() {
        MigrationPlan plan = chain.upgrade(List.of("b", "b"), "head");

        assertThat(plan.startHeads()).containsExactly("b");
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(new Update("b", "c"));
    }
}
