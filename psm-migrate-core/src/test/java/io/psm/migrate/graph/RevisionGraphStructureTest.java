package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionGraphStructureTest {

    /** a - b - c1 - d11, d12 and b - c2 ... merged: the branchy shape of Alembic's own tests. */
    private final RevisionGraph branchy = graph("a", "b1:a", "b2:a", "c1:b1", "d11:c1", "d12:c1", "m:b2,d11");

    @Test
    void headsAreRevisionsNoRevisionRevises() {
        assertThat(branchy.heads()).containsExactly("d12", "m");
    }

    @Test
    void revisionOnlyDependedOnIsStillAHead() {
        RevisionGraph graph = graph("x1", "y1", "y2:y1+x1");

        assertThat(graph.heads()).containsExactly("x1", "y2");
        assertThat(graph.isHead("x1")).isTrue();
    }

    @Test
    void basesAreRevisionsWithoutParentsEvenWithDependencies() {
        RevisionGraph graph = graph("x1", "y1+x1", "y2:y1");

        assertThat(graph.bases()).containsExactly("x1", "y1");
    }

    @Test
    void branchPointsHaveSeveralChildren() {
        assertThat(branchy.branchPoints()).containsExactly("a", "c1");
        assertThat(branchy.isBranchPoint("c1")).isTrue();
        assertThat(branchy.isBranchPoint("b1")).isFalse();
    }

    @Test
    void mergePointsHaveSeveralParents() {
        assertThat(branchy.mergePoints()).containsExactly("m");
    }

    @Test
    void childrenAreTheRevisionsThatReviseIt() {
        assertThat(branchy.children("c1")).containsExactly("d11", "d12");
        assertThat(branchy.children("m")).isEmpty();
    }

    @Test
    void dependsOnDoesNotMakeAChild() {
        RevisionGraph graph = graph("x1", "y1", "y2:y1+x1");

        assertThat(graph.children("x1")).isEmpty();
        assertThat(graph.normalizedNextRevisions("x1")).containsExactly("y2");
    }

    @Test
    void normalizedDownRevisionsAddDependsOnAfterTheParents() {
        RevisionGraph graph = graph("x1", "y1", "y2:y1+x1");

        assertThat(graph.normalizedDownRevisions("y2")).containsExactly("y1", "x1");
    }

    @Test
    void dependsOnAlreadyImpliedByAnAncestorsDependencyIsDropped() {
        RevisionGraph graph = graph("x1", "y1+x1", "y2:y1+x1");

        assertThat(graph.normalizedDownRevisions("y1")).containsExactly("x1");
        assertThat(graph.normalizedDownRevisions("y2")).containsExactly("y1");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        RevisionGraph graph = graph("x1#xbranch", "y1+xbranch");

        assertThat(graph.normalizedDownRevisions("y1")).containsExactly("x1");
    }

    @Test
    void ancestorsFollowParentsAndDependsOnAndIncludeTheRevision() {
        RevisionGraph graph = graph("x1", "x2:x1", "y1", "y2:y1+x2");

        assertThat(graph.ancestors(List.of("y2"))).containsExactly("x1", "x2", "y1", "y2");
    }

    @Test
    void descendantsFollowChildrenAndDependents() {
        RevisionGraph graph = graph("x1", "x2:x1", "y1", "y2:y1+x2");

        assertThat(graph.descendants(List.of("x1"))).containsExactly("x1", "x2", "y2");
    }

    @Test
    void labelAppliesToItsRevisionAndEveryDescendant() {
        RevisionGraph graph = graph("a", "b:a", "c1:b#shop", "d1:c1", "c2:b", "e:d1");

        assertThat(graph.branchLabels("c1")).containsExactly("shop");
        assertThat(graph.branchLabels("e")).containsExactly("shop");
        assertThat(graph.branchLabels("c2")).isEmpty();
    }

    @Test
    void labelIsCarriedDownAPlainLineButStopsAtABranchPoint() {
        RevisionGraph graph = graph("a", "b:a", "c1:b", "d1:c1#shop", "c2:b");

        assertThat(graph.branchLabels("c1")).containsExactly("shop");
        assertThat(graph.branchLabels("b")).isEmpty();
    }

    @Test
    void labelOfALinearChainCoversTheWholeChain() {
        RevisionGraph graph = graph("a", "b:a", "c:b#line", "d:c");

        assertThat(graph.branchLabels("a")).containsExactly("line");
    }

    @Test
    void labelsFromBothSidesMeetAtAMerge() {
        RevisionGraph graph = graph("a", "b1:a#left", "b2:a#right", "m:b1,b2");

        assertThat(graph.branchLabels("m")).containsExactly("left", "right");
    }

    @Test
    void revisionLooksUpByExactIdOnly() {
        assertThat(branchy.revision("c1").downRevisions()).containsExactly("b1");
        assertThat(branchy.contains("c")).isFalse();
        assertThatThrownBy(() -> branchy.revision("c"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'c'");
    }

    @Test
    void revisionsAreListedInIdOrder() {
        assertThat(branchy.revisions()).extracting(RevisionNode::id)
                .containsExactly("a", "b1", "b2", "c1", "d11", "d12", "m");
        assertThat(branchy.size()).isEqualTo(7);
    }
}
