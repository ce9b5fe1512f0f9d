package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which revisions an upgrade or a downgrade covers, including targets relative to the current heads. */
class RevisionPathTest {

    private final RevisionGraph forked = graph("a", "b1:a#left", "c1:b1", "b2:a#right", "c2:b2");

    private List<String> up(RevisionGraph graph, List<String> current, String target) {
        return graph.upgradePath(current, Target.parse(target));
    }

    private List<String> down(RevisionGraph graph, List<String> current, String target) {
        return graph.downgradePath(current, Target.parse(target));
    }

    @Test
    void upgradeToHeadsAppliesParentsBeforeChildren() {
        assertThat(up(forked, List.of(), "heads")).containsExactly("a", "b2", "c2", "b1", "c1");
    }

    @Test
    void upgradeToAnAncestorOfTheCurrentRevisionIsEmpty() {
        assertThat(up(forked, List.of("c1"), "b1")).isEmpty();
    }

    @Test
    void upgradeToASiblingBranchStartsAtTheBranchPoint() {
        assertThat(up(forked, List.of("c1"), "c2")).containsExactly("b2", "c2");
    }

    @Test
    void upgradeThroughAMergeFillsInTheOtherSide() {
        RevisionGraph graph = graph("a1", "a2:a1", "a3:a2", "b1:a3", "b2:a3", "cb1:b1", "cb2:b2", "db1:cb1",
                "db2:cb2", "e1b1:db1", "fe1b1:e1b1", "e2b1:db1", "e2b2:db2", "merge:e2b1,e2b2");

        assertThat(up(graph, List.of("db1"), "merge")).containsExactly("b2", "cb2", "db2", "e2b2", "e2b1", "merge");
    }

    @Test
    void upgradeAppliesADependsOnTargetFromAnotherRoot() {
        RevisionGraph graph = graph("base1#b_1", "a1a:base1", "a1b:base1", "b1a:a1a", "b1b:a1b+a3", "base2#b_2",
                "a2:base2", "b2:a2", "c2:b2+a3", "d2:c2", "base3#b_3", "a3:base3", "b3:a3");

        assertThat(up(graph, List.of(), "d2")).containsExactly("base3", "a3", "base2", "a2", "b2", "c2", "d2");
    }

    @Test
    void plusOneFromABranchPointIsAmbiguous() {
        assertThatThrownBy(() -> up(forked, List.of("a"), "+1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessageContaining("at a: it could go to b1, b2");
    }

    @Test
    void labelAtPlusOneFollowsTheLabelledBranch() {
        assertThat(up(forked, List.of("a"), "left@+1")).containsExactly("b1");
        assertThat(up(forked, List.of(), "right@+2")).containsExactly("a", "b2");
    }

    @Test
    void plusOneFromSeveralCurrentHeadsIsAmbiguous() {
        assertThatThrownBy(() -> up(forked, List.of("c1", "c2"), "+1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessageContaining("at the current revisions: it could go to c1, c2");
    }

    @Test
    void plusNPastTheHeadDidNotProduceTheMigrations() {
        assertThatThrownBy(() -> up(forked, List.of("b1"), "+5"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision +5 didn't produce 5 migrations");
    }

    @Test
    void upgradeToMinusOneIsNotAnUpgrade() {
        assertThatThrownBy(() -> up(forked, List.of("c1"), "-1"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision -1 didn't produce 1 migrations");
    }

    @Test
    void downgradeMinusOneRevertsTheSingleHead() {
        assertThat(down(forked, List.of("c1"), "-1")).containsExactly("c1");
    }

    @Test
    void downgradeMinusNStaysOnTheCurrentBranchBelowABranchPoint() {
        assertThat(down(forked, List.of("c1"), "-2")).containsExactly("c1", "b1");
    }

    @Test
    void downgradeMinusOneFromSeveralHeadsIsAmbiguous() {
        assertThatThrownBy(() -> down(forked, List.of("c1", "c2"), "-1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessage("Ambiguous walk for '-1' at the current revisions: it could go to c1, c2; name a branch"
                        + " ('<branchname>@-1') or a revision instead");
    }

    @Test
    void labelAtMinusOneChoosesAmongSeveralHeads() {
        assertThat(down(forked, List.of("c1", "c2"), "right@-1")).containsExactly("c2");
    }

    @Test
    void downgradeMinusOneFromAnEmptyDatabaseDidNotProduceTheMigrations() {
        assertThatThrownBy(() -> down(forked, List.of(), "-1"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision -1 didn't produce 1 migrations");
    }

    @Test
    void downgradeToPlusOneIsNotADowngrade() {
        assertThatThrownBy(() -> down(forked, List.of("a"), "+1"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision +1 didn't produce 1 migrations");
    }

    @Test
    void downgradeToARevisionNotBelowTheCurrentHeadsIsAnError() {
        assertThatThrownBy(() -> down(forked, List.of("c1"), "c2"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Invalid target 'c2': Destination c2 is not a valid downgrade target from current"
                        + " head(s) c1");
    }

    @Test
    void downgradeToTheCurrentHeadIsEmpty() {
        assertThat(down(forked, List.of("c1"), "c1")).isEmpty();
    }

    @Test
    void downgradeToBaseRevertsEveryBranchNewestFirst() {
        assertThat(down(forked, List.of("c1", "c2"), "base")).containsExactly("c1", "b1", "c2", "b2", "a");
    }

    @Test
    void downgradeToABranchsBaseRevertsOnlyThatBranchAndItsDependents() {
        RevisionGraph graph = graph("base1#b_1", "a1a:base1", "a1b:base1", "b1a:a1a", "b1b:a1b+a3", "base2#b_2",
                "a2:base2", "b2:a2", "c2:b2+a3", "d2:c2", "base3#b_3", "a3:base3", "b3:a3");

        assertThat(down(graph, List.of("b1a", "b1b", "d2", "b3"), "b_3@base"))
                .containsExactly("b1b", "b3", "d2", "c2", "a3", "base3");
    }

    @Test
    void branchOfADependencyIsFoundBelowTheCurrentHeads() {
        RevisionGraph graph = graph("y1#y", "x1#x", "y2:y1+x1", "x2:x1");

        assertThat(down(graph, List.of("x2", "y2"), "x@-1")).containsExactly("x2");
        assertThat(down(graph, List.of("x1", "y2"), "x@-1")).containsExactly("y2", "x1");
        assertThat(down(graph, List.of("y2"), "x@-1")).containsExactly("y2", "x1");
    }

    @Test
    void currentHeadsThatOverlapAreRejected() {
        assertThatThrownBy(() -> up(forked, List.of("a", "c1"), "heads"))
                .isInstanceOf(OverlappingRevisionsException.class)
                .hasMessage("Requested revision c1 overlaps with other requested revisions a: they are its ancestors");
    }

    @Test
    void currentHeadUnknownToTheGraphCannotBeLocated() {
        assertThatThrownBy(() -> up(forked, List.of("c1", "f00d"), "heads"))
                .isInstanceOf(UnknownCurrentRevisionException.class)
                .hasMessage("Can't locate revision identified by 'f00d': the database is at this revision, which the"
                        + " migration scripts do not contain");
    }
}
