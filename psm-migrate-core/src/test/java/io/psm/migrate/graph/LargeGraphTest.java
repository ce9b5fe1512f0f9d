package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ten thousand revisions, a chain and a branchy graph: built, resolved and ordered without recursion. */
class LargeGraphTest {

    private static final int SIZE = 10_000;

    /** Fails unless every revision comes after all its parents and {@code Depends On} targets in the list. */
    private static void assertParentsFirst(RevisionGraph graph, List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<String> misplaced = new java.util.ArrayList<>();
        for (String revision : order) {
            for (String down : graph.normalizedDownRevisions(revision)) {
                if (position.containsKey(down) && position.get(down) > position.get(revision)) {
                    misplaced.add(down + " after " + revision);
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    /** Fails unless every revision comes before all its parents and {@code Depends On} targets. */
    private static void assertChildrenFirst(RevisionGraph graph, List<String> order) {
        List<String> reversed = new java.util.ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        assertParentsFirst(graph, reversed);
    }

    @Test
    void chainOfTenThousandHasOneHeadAndOneBase() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.chain(SIZE));

        assertThat(graph.heads()).containsExactly(GraphFixtures.chainId(SIZE - 1));
        assertThat(graph.bases()).containsExactly(GraphFixtures.chainId(0));
    }

    @Test
    void chainHistoryRunsFromTheHeadDownToTheRoot() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.chain(SIZE));

        List<RevisionNode> history = graph.history();

        assertThat(history).hasSize(SIZE);
        assertThat(history.get(0).id()).isEqualTo(GraphFixtures.chainId(SIZE - 1));
        assertThat(history.get(SIZE - 1).id()).isEqualTo(GraphFixtures.chainId(0));
    }

    @Test
    void chainResolvesRelativeTargetsThousandsOfStepsAway() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.chain(SIZE));

        assertThat(graph.resolve(Target.parse("head-9000"))).containsExactly(GraphFixtures.chainId(999));
        assertThat(graph.resolve(Target.parse("base+5000"))).containsExactly(GraphFixtures.chainId(4999));
    }

    @Test
    void chainUpgradesFromBaseToHeadParentsFirst() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.chain(SIZE));

        List<String> path = graph.upgradePath(List.of(), Target.parse("head"));

        assertThat(path).hasSize(SIZE);
        assertParentsFirst(graph, path);
    }

    @Test
    void chainDowngradesFromHeadToBaseChildrenFirst() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.chain(SIZE));

        List<String> path = graph.downgradePath(List.of(GraphFixtures.chainId(SIZE - 1)), Target.parse("base"));

        assertThat(path).hasSize(SIZE);
        assertChildrenFirst(graph, path);
    }

    @Test
    void branchyGraphOfTenThousandHasManyHeadsMergesAndBranchPoints() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));

        assertThat(graph.size()).isGreaterThanOrEqualTo(SIZE);
        assertThat(graph.heads()).hasSizeGreaterThan(100);
        assertThat(graph.mergePoints()).hasSizeGreaterThan(500);
        assertThat(graph.branchPoints()).hasSizeGreaterThan(500);
    }

    @Test
    void branchyHistoryListsEveryRevisionChildrenFirst() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));

        List<String> history = graph.history().stream().map(RevisionNode::id).toList();

        assertThat(history).hasSize(graph.size()).doesNotHaveDuplicates();
        assertChildrenFirst(graph, history);
    }

    @Test
    void branchyUpgradeToHeadsAppliesEveryRevisionParentsFirst() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));

        List<String> path = graph.upgradePath(List.of(), Target.parse("heads"));

        assertThat(path).hasSize(graph.size());
        assertParentsFirst(graph, path);
    }

    @Test
    void branchyDowngradeFromTheMiddleRevertsOnlyWhatIsAbove() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));
        String middle = graph.history().get(graph.size() / 2).id();

        List<String> path = graph.downgradePath(graph.heads(), Target.parse(middle));

        assertThat(path).isNotEmpty().doesNotContain(middle);
        java.util.Set<String> below = new java.util.HashSet<>(graph.ancestors(List.of(middle)));
        below.retainAll(new java.util.HashSet<>(path));
        assertThat(below).isEmpty();
        assertChildrenFirst(graph, path);
    }

    @Test
    void branchyHeadIsAmbiguousAndALabelledBranchHeadIsNot() {
        RevisionGraph graph = RevisionGraph.of(GraphFixtures.branchy(SIZE));

        assertThat(graph.resolve(Target.parse("heads"))).hasSizeGreaterThan(100);
        assertThat(graph.resolve(Target.parse("l0_0@base"))).isEmpty();
        assertThatThrownBy(() -> graph.resolve(Target.parse("w0000")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("multiple revisions start with 'w0000'");
    }
}
