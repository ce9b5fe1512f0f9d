package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code history} order and ranges. The graphs are those of Alembic's {@code test_revision.py};
 * where Alembic's expectation depends on its file order, the expectation is Alembic's own result
 * for revisions listed in id order, which is the order psm-migrate breaks ties by.
 */
class HistoryTest {

    private static final String[] BRANCH_TRAVELLING = {"a1", "a2:a1", "a3:a2", "b1:a3", "b2:a3", "cb1:b1", "cb2:b2",
        "db1:cb1", "db2:cb2", "e1b1:db1", "fe1b1:e1b1", "e2b1:db1", "e2b2:db2", "merge:e2b1,e2b2"};

    private static final String[] MULTIPLE_BASES = {"base1", "base2", "base3", "a1a:base1", "a1b:base1", "a2:base2",
        "a3:base3", "b1a:a1a", "b1b:a1b", "b2:a2", "b3:a3", "c2:b2", "d2:c2", "mergeb3d2:b3,d2"};

    private static final String[] LABELED = {"a#abranch", "b:a", "somelongername:b", "c:somelongername", "d",
        "e:d#ebranch", "someothername:e", "f:someothername"};

    private static List<String> ids(List<RevisionNode> revisions) {
        return revisions.stream().map(RevisionNode::id).toList();
    }

    private static List<String> history(RevisionGraph graph, String range) {
        return history(graph, range, List.of());
    }

    private static List<String> history(RevisionGraph graph, String range, Collection<String> current) {
        return ids(graph.history(range, current));
    }

    @Test
    void diamondIsListedNewestFirstWithTheMergedBranchesInParentOrder() {
        RevisionGraph diamond = graph("a", "b1:a", "b2:a", "c:b1,b2", "d:c");

        assertThat(ids(diamond.history())).containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void shortBranchEndsAtItsBranchPointBeforeTheLongOneContinues() {
        RevisionGraph graph = graph("a", "b1:a", "b2:a", "c1:b1", "d11:c1", "d12:c1");

        assertThat(ids(graph.history())).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    @Test
    void everyBranchEndsAtItsBranchPointBeforeTheRevisionsBelow() {
        RevisionGraph graph = graph(BRANCH_TRAVELLING);

        assertThat(ids(graph.history())).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1",
                "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
    }

    @Test
    void rangeFromARootToAMergeCoversBothSidesOfTheMerge() {
        RevisionGraph graph = graph(BRANCH_TRAVELLING);

        assertThat(history(graph, "a1:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
                "cb2", "b2", "a3", "a2", "a1");
    }

    @Test
    void rangeEndingInsideOneSideOfAMergeKeepsOnlyThatSide() {
        RevisionGraph graph = graph(BRANCH_TRAVELLING);

        assertThat(history(graph, "b1:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
    }

    @Test
    void severalRootsAreListedBranchByBranch() {
        RevisionGraph graph = graph(MULTIPLE_BASES);

        assertThat(ids(graph.history())).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3",
                "a3", "base3", "d2", "c2", "b2", "a2", "base2");
    }

    @Test
    void openRangeFromARevisionListsWhatIsAboveIt() {
        RevisionGraph graph = graph(MULTIPLE_BASES);

        assertThat(history(graph, "c2:")).containsExactly("mergeb3d2", "d2", "c2");
    }

    @Test
    void rangeAlongOneRootStaysOnIt() {
        RevisionGraph graph = graph(MULTIPLE_BASES);

        assertThat(history(graph, "base3:b3")).containsExactly("b3", "a3", "base3");
    }

    @Test
    void dependsOnAcrossRootsOrdersTheDependencyBelowItsDependents() {
        RevisionGraph graph = graph("base1#b_1", "a1a:base1", "a1b:base1", "b1a:a1a", "b1b:a1b+a3", "base2#b_2",
                "a2:base2", "b2:a2", "c2:b2+a3", "d2:c2", "base3#b_3", "a3:base3", "b3:a3");

        assertThat(ids(graph.history())).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "b3", "d2", "c2", "b2",
                "a2", "base2", "a3", "base3");
    }

    @Test
    void rangeNotAlongOneBranchIsAnError() {
        RevisionGraph graph = graph("a", "b1:a", "b2:a", "cb1:b1", "d1cb1:cb1");

        assertThatThrownBy(() -> history(graph, "d1cb1:b1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Invalid target 'd1cb1:b1': Requested range d1cb1:b1 does not refer to"
                        + " ancestor/descendant revisions along the same branch");
        assertThatThrownBy(() -> history(graph, "b2:cb1")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void textWithoutAColonIsNoRange() {
        RevisionGraph graph = graph("a");

        assertThatThrownBy(() -> history(graph, "a"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Invalid target 'a': History range requires [start]:[end], [start]:, or :[end]");
        assertThatThrownBy(() -> history(graph, "a:b:c")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void labelAtBaseStartsTheRangeAtThatBranchsRoot() {
        RevisionGraph graph = graph(LABELED);

        assertThat(history(graph, "ebranch@base:")).containsExactly("f", "someothername", "e", "d");
        assertThat(history(graph, "abranch@base:")).containsExactly("c", "somelongername", "b", "a");
    }

    @Test
    void revisionMayStandForTheBranchOfARangeStart() {
        RevisionGraph graph = graph(LABELED);

        assertThat(history(graph, "e@base:")).containsExactly("f", "someothername", "e", "d");
    }

    @Test
    void labelAtHeadAsStartListsOnlyThatHead() {
        assertThat(history(graph(LABELED), "ebranch@head:")).containsExactly("f");
    }

    @Test
    void labelAtHeadAsEndListsThatBranchDownToBase() {
        assertThat(history(graph(LABELED), ":ebranch@head")).containsExactly("f", "someothername", "e", "d");
    }

    @Test
    void minusNAsStartCountsDownFromTheBranchHead() {
        assertThat(history(graph(LABELED), "ebranch@-2:")).containsExactly("f", "someothername", "e");
    }

    @Test
    void minusNBeyondTheRootStopsAtBase() {
        assertThat(history(graph("a", "b:a"), "-5:")).containsExactly("b", "a");
    }

    @Test
    void plusNAsEndCountsUpFromTheStart() {
        assertThat(history(graph(LABELED), ":ebranch@+2")).containsExactly("e", "d");
        assertThat(history(graph("a", "b:a", "c:b", "d:c"), "b:+1")).containsExactly("c", "b");
    }

    @Test
    void currentAsStartListsWhatIsAboveTheDatabase() {
        RevisionGraph chain = graph("a", "b:a", "c:b", "d:c");

        assertThat(history(chain, "current:", List.of("b"))).containsExactly("d", "c", "b");
    }

    @Test
    void currentAsEndListsWhatTheDatabaseHasApplied() {
        RevisionGraph chain = graph("a", "b:a", "c:b", "d:c");

        assertThat(history(chain, ":current", List.of("b"))).containsExactly("b", "a");
    }

    @Test
    void currentOfAnEmptyDatabaseIsBase() {
        RevisionGraph chain = graph("a", "b:a");

        assertThat(history(chain, "current:", List.of())).containsExactly("b", "a");
        assertThat(history(chain, ":current", List.of())).isEmpty();
    }

    @Test
    void unknownCurrentRevisionCannotBeLocated() {
        assertThatThrownBy(() -> history(graph("a"), "current:", List.of("gone")))
                .isInstanceOf(UnknownCurrentRevisionException.class)
                .hasMessage("Can't locate revision identified by 'gone': the database is at this revision, which the"
                        + " migration scripts do not contain");
    }

    @Test
    void fullRangeEqualsTheWholeHistory() {
        RevisionGraph graph = graph(BRANCH_TRAVELLING);

        assertThat(history(graph, ":")).isEqualTo(ids(graph.history()));
        assertThat(history(graph, "base:heads")).isEqualTo(ids(graph.history()));
    }
}
