package io.psm.migrate.cli;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.psm.migrate.cli.RevisionFormat.Part.BRANCHES;
import static io.psm.migrate.cli.RevisionFormat.Part.TREE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines and blocks as Alembic prints them, on this graph: {@code a -> b -> (c, d) -> e} with a
 * labelled root {@code a} (whose label its descendants inherit, as in Alembic), and {@code y}
 * depending on the root {@code x}, which {@code z} revises.
 */
class RevisionFormatTest {

    private static final EnumSet<RevisionFormat.Part> HISTORY = EnumSet.allOf(RevisionFormat.Part.class);

    private final List<MigrationScript> scripts = List.of(
            script(node("a", List.of(), List.of(), List.of("core"), "create users")),
            script(node("b", List.of("a"), List.of(), List.of(), "add phone")),
            script(node("c", List.of("b"), List.of(), List.of(), "add email")),
            script(node("d", List.of("b"), List.of(), List.of(), "add index")),
            script(node("e", List.of("c", "d"), List.of(), List.of(), "merge heads")),
            script(node("x", List.of(), List.of(), List.of(), "lookup tables")),
            script(node("y", List.of(), List.of("x"), List.of("audit"), "uses lookup")),
            script(node("z", List.of("x"), List.of(), List.of(), "")));
    private final GraphView graph = GraphView.of(scripts);
    private final RevisionFormat format = new RevisionFormat(graph, Set.of());

    @Test
    void historyLineOfARootStartsAtBaseAndShowsItsLabel() {
        assertThat(format.line(revision("a"), HISTORY)).isEqualTo("<base> -> a (core), create users");
    }

    @Test
    void labelOfARootIsShownOnEveryRevisionBelowIt() {
        assertThat(format.line(revision("c"), HISTORY)).isEqualTo("b -> c (core), add email");
    }

    @Test
    void historyLineOfABranchPointSaysSo() {
        assertThat(format.line(revision("b"), HISTORY)).isEqualTo("a -> b (core) (branchpoint), add phone");
    }

    @Test
    void historyLineOfAMergeHeadNamesBothParents() {
        assertThat(format.line(revision("e"), HISTORY)).isEqualTo("c, d -> e (core) (head) (mergepoint), merge heads");
    }

    @Test
    void historyLineShowsDependenciesInParentheses() {
        assertThat(format.line(revision("y"), HISTORY)).isEqualTo("<base> (x) -> y (audit) (head), uses lookup");
    }

    @Test
    void historyLineWithoutAMessageHasNoTrailingComma() {
        assertThat(format.line(revision("z"), HISTORY)).isEqualTo("x -> z (head)");
    }

    @Test
    void indicatedCurrentRevisionIsMarkedBeforeTheTreeIndicators() {
        RevisionFormat withCurrent = new RevisionFormat(graph, Set.of("b"));

        assertThat(withCurrent.line(revision("b"), HISTORY)).isEqualTo("a -> b (core) (current) (branchpoint), add phone");
    }

    @Test
    void headsLineShowsLabelsAndHeadButNoTreeIndicators() {
        assertThat(format.line(revision("e"), EnumSet.of(BRANCHES))).isEqualTo("e (core) (head)");
        assertThat(format.line(revision("y"), EnumSet.of(BRANCHES))).isEqualTo("y (audit) (head)");
    }

    @Test
    void revisionFollowedOnlyByADependentIsAnEffectiveHead() {
        RevisionFormat graphWithEffectiveHead = new RevisionFormat(GraphView.of(List.of(
                script(node("x", List.of(), List.of(), List.of(), "lookup tables")),
                script(node("y", List.of(), List.of("x"), List.of(), "uses lookup")))), Set.of());

        assertThat(graphWithEffectiveHead.line(revision("x"), EnumSet.of(BRANCHES))).isEqualTo("x (effective head)");
    }

    @Test
    void currentLineShowsHeadAndTreeIndicatorsWithoutLabels() {
        assertThat(format.line(revision("e"), EnumSet.of(TREE))).isEqualTo("e (head) (mergepoint)");
        assertThat(format.line(revision("a"), EnumSet.of(TREE))).isEqualTo("a");
    }

    @Test
    void logEntryOfAMergeListsWhatItMergesAndTheHeader() {
        assertThat(format.logEntry(revision("e"))).isEqualTo("""
                Rev: e (head) (mergepoint)
                Merges: c, d
                Branch names: core
                Path: /m/e.sql

                    merge heads
                   \s
                    Revision ID: e
                    Revises: c, d
                    Create Date: 2026-11-24 10:15:02.514213
                """);
    }

    @Test
    void logEntryOfABranchPointListsWhereItBranches() {
        assertThat(format.logEntry(revision("b"))).startsWith("""
                Rev: b (branchpoint)
                Parent: a
                Branches into: c, d
                Branch names: core
                Path: /m/b.sql
                """);
    }

    @Test
    void logEntryShowsDependenciesAndBranchNames() {
        assertThat(format.logEntry(revision("y"))).startsWith("""
                Rev: y (head)
                Parent: <base>
                Also depends on: x
                Branch names: audit
                Path: /m/y.sql
                """);
    }

    @Test
    void logEntryMarksTheCurrentRevision() {
        assertThat(new RevisionFormat(graph, Set.of("e")).logEntry(revision("e")))
                .startsWith("Rev: e (head) (mergepoint) (current)\n");
    }

    @Test
    void logEntryOfARevisionWithoutMessageStartsItsHeaderWithTheId() {
        assertThat(format.logEntry(revision("z"))).endsWith("Path: /m/z.sql\n\n    Revision ID: z\n    Revises: x\n"
                + "    Create Date: 2026-11-24 10:15:02.514213\n");
    }

    private RevisionNode revision(String id) {
        return graph.script(id).orElseThrow().revision();
    }

    private static RevisionNode node(String id, List<String> parents, List<String> dependsOn, List<String> labels,
                                     String message) {
        return new RevisionNode(id, parents, dependsOn, labels, message, "/m/" + id + ".sql");
    }

    private static MigrationScript script(RevisionNode node) {
        String location = node.origin();
        return new MigrationScript(node, Optional.of("2026-11-24 10:15:02.514213"), true,
                new ScriptBody.SqlBody("", 1, location), Optional.empty(), Optional.empty(), location);
    }
}
