package io.psm.migrate.plan;

import io.psm.migrate.graph.OverlappingRevisionsException;
import io.psm.migrate.graph.UnknownRevisionException;
import io.psm.migrate.plan.VersionChange.Delete;
import io.psm.migrate.plan.VersionChange.Insert;
import io.psm.migrate.plan.VersionChange.Update;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StampPlanTest {

    private final MigrationPlanner chain = new MigrationPlanner(graph("a", "b:a", "c:b"));
    private final MigrationPlanner forked = new MigrationPlanner(graph("a", "b1:a", "b2:a", "m:b1,b2"));

    @Test
    void stampHeadOnAnEmptyTableInsertsTheHead() {
        StampPlan plan = chain.stamp(List.of(), List.of("head"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Insert("c"));
        assertThat(plan.steps().get(0).describe()).isEqualTo("stamp_revision  -> c");
        assertThat(plan.endHeads()).containsExactly("c");
    }

    @Test
    void stampUpMovesTheRowWithoutRunningAnything() {
        StampPlan plan = chain.stamp(List.of("a"), List.of("c"), StampMode.KEEP);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.direction()).isEqualTo(Direction.UPGRADE);
            assertThat(step.versionChanges()).containsExactly(new Update("a", "c"));
        });
    }

    @Test
    void stampDownMovesTheRowDown() {
        StampPlan plan = chain.stamp(List.of("c"), List.of("a"), StampMode.KEEP);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.direction()).isEqualTo(Direction.DOWNGRADE);
            assertThat(step.describe()).isEqualTo("stamp_revision c -> a");
        });
        assertThat(plan.endHeads()).containsExactly("a");
    }

    @Test
    void stampBaseDeletesEveryRow() {
        StampPlan plan = forked.stamp(List.of("b1", "b2"), List.of("base"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Delete("b1"), new Delete("b2"));
        assertThat(plan.endHeads()).isEmpty();
    }

    @Test
    void noTargetMeansBase() {
        assertThat(chain.stamp(List.of("b"), List.of(), StampMode.KEEP).endHeads()).isEmpty();
    }

    @Test
    void stampOntoASiblingBranchAddsARow() {
        StampPlan plan = forked.stamp(List.of("b1"), List.of("b2"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Insert("b2"));
        assertThat(plan.endHeads()).containsExactly("b1", "b2");
    }

    @Test
    void stampDownFromTwoBranchesToTheirBranchPointMergesTheRows() {
        StampPlan plan = forked.stamp(List.of("b1", "b2"), List.of("a"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Delete("b1"), new Update("b2", "a"));
        assertThat(plan.endHeads()).containsExactly("a");
    }

    @Test
    void stampUpFromTwoBranchesToTheirMergeMergesTheRows() {
        StampPlan plan = forked.stamp(List.of("b1", "b2"), List.of("m"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Delete("b1"), new Update("b2", "m"));
    }

    @Test
    void stampHeadsOnAnEmptyTableInsertsEveryHead() {
        MigrationPlanner planner = new MigrationPlanner(graph("a", "b1:a", "b2:a"));

        assertThat(planner.stamp(List.of(), List.of("heads"), StampMode.KEEP).endHeads()).containsExactly("b1", "b2");
    }

    @Test
    void stampingTheCurrentRevisionChangesNothing() {
        assertThat(chain.stamp(List.of("c"), List.of("c"), StampMode.KEEP).steps()).isEmpty();
    }

    @Test
    void stampOfTwoRevisionsBelowOneMergeLeavesBoth() {
        StampPlan plan = forked.stamp(List.of("m"), List.of("b1", "b2"), StampMode.KEEP);

        assertThat(plan.versionChanges()).containsExactly(new Update("m", "b1"), new Insert("b2"));
        assertThat(plan.endHeads()).containsExactly("b1", "b2");
    }

    @Test
    void purgeDeletesEveryRowEvenUnknownOnesThenStampsFromEmpty() {
        StampPlan plan = chain.stamp(List.of("deleted_script", "b"), List.of("c"), StampMode.PURGE);

        assertThat(plan.versionChanges()).containsExactly(new Delete("deleted_script"), new Delete("b"), new Insert("c"));
        assertThat(plan.startHeads()).containsExactly("deleted_script", "b");
        assertThat(plan.endHeads()).containsExactly("c");
    }

    @Test
    void keepingARowTheScriptsDoNotKnowCannotLocateIt() {
        assertThatThrownBy(() -> chain.stamp(List.of("deleted_script"), List.of("c"), StampMode.KEEP))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'deleted_script'");
    }

    @Test
    void targetsWhereOneIsAnAncestorOfAnotherAreRefused() {
        assertThatThrownBy(() -> chain.stamp(List.of(), List.of("a", "c"), StampMode.KEEP))
                .isInstanceOf(OverlappingRevisionsException.class)
                .hasMessageStartingWith("Requested revision c overlaps with other requested revisions a");
    }
}
