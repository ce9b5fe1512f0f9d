package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static io.psm.migrate.graph.GraphFixtures.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class RevisionGraphValidationTest {

    @Test
    void emptyGraphHasNoHeadsAndNoBases() {
        RevisionGraph empty = RevisionGraph.of(List.of());

        assertThat(empty.heads()).isEmpty();
        assertThat(empty.bases()).isEmpty();
        assertThat(empty.history()).isEmpty();
    }

    @Test
    void duplicatedIdNamesBothOrigins() {
        List<RevisionNode> twice = List.of(
                new RevisionNode("a1b2", List.of(), List.of(), List.of(), "", "first.sql"),
                new RevisionNode("a1b2", List.of(), List.of(), List.of(), "", "second.sql"));

        assertThatThrownBy(() -> RevisionGraph.of(twice))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessage("Revision a1b2 is present more than once: in first.sql and second.sql")
                .asInstanceOf(type(DuplicateRevisionException.class))
                .satisfies(e -> assertThat(e.origins()).containsExactly("first.sql", "second.sql"));
    }

    @Test
    void missingParentNamesTheRevisionItsFileAndTheMissingId() {
        assertThatThrownBy(() -> graph("a", "b:zz"))
                .isInstanceOf(MissingRevisionException.class)
                .hasMessage("Revision b (b_file.sql) revises zz, which is not present")
                .asInstanceOf(type(MissingRevisionException.class))
                .satisfies(e -> {
                    assertThat(e.missing()).isEqualTo("zz");
                    assertThat(e.reference()).isEqualTo(MissingRevisionException.Reference.PARENT);
                });
    }

    @Test
    void missingDependsOnTargetIsReportedAsADependency() {
        assertThatThrownBy(() -> graph("a", "b:a+nowhere"))
                .isInstanceOf(MissingRevisionException.class)
                .hasMessage("Revision b (b_file.sql) depends on nowhere, which is not present");
    }

    @Test
    void revisionThatRevisesItselfIsASelfLoop() {
        assertThatThrownBy(() -> graph("a", "b:b"))
                .isInstanceOf(CycleException.class)
                .hasMessage("Self-loop is detected in revision b (b_file.sql): it revises itself")
                .asInstanceOf(type(CycleException.class))
                .satisfies(e -> assertThat(e.revisions()).containsExactly("b"));
    }

    @Test
    void revisionThatDependsOnItsOwnLabelIsASelfLoop() {
        assertThatThrownBy(() -> graph("a", "b:a+mine#mine"))
                .isInstanceOf(CycleException.class)
                .hasMessageContaining("it depends on itself");
    }

    @Test
    void cycleListsItsRevisionsInOrderWithTheirFiles() {
        assertThatThrownBy(() -> graph("root", "a:c", "b:a", "c:b", "d:root"))
                .isInstanceOf(CycleException.class)
                .hasMessage("Cycle is detected in revisions (a, b, c) in a_file.sql, b_file.sql, c_file.sql:"
                        + " each revises or depends on the one before it, and a on c")
                .asInstanceOf(type(CycleException.class))
                .satisfies(e -> assertThat(e.revisions()).containsExactly("a", "b", "c"));
    }

    @Test
    void cycleThroughDependsOnIsACycle() {
        assertThatThrownBy(() -> graph("a+b", "b:a"))
                .isInstanceOf(CycleException.class)
                .asInstanceOf(type(CycleException.class))
                .satisfies(e -> assertThat(e.revisions()).containsExactly("a", "b"));
    }

    @Test
    void revisionsAboveACycleAreNotReportedAsPartOfIt() {
        assertThatThrownBy(() -> graph("a:b", "b:a", "c:b", "d:c"))
                .asInstanceOf(type(CycleException.class))
                .satisfies(e -> assertThat(e.revisions()).containsExactly("a", "b"));
    }

    @Test
    void branchLabelUsedTwiceNamesBothRevisions() {
        assertThatThrownBy(() -> graph("a", "b:a#xy1", "d", "e:d#xy1"))
                .isInstanceOf(BranchLabelException.class)
                .hasMessage("Branch name 'xy1' in revision e (e_file.sql) already used by revision b (b_file.sql)");
    }

    @Test
    void branchLabelEqualToARevisionIdIsRejected() {
        assertThatThrownBy(() -> graph("a", "b:a#a"))
                .isInstanceOf(BranchLabelException.class)
                .hasMessage("Branch name 'a' in revision b (b_file.sql) is the id of revision a (a_file.sql)");
    }

    @Test
    void reservedWordAsBranchLabelIsRejected() {
        assertThatThrownBy(() -> graph("a#head"))
                .isInstanceOf(BranchLabelException.class)
                .hasMessageContaining("Branch name 'head' in revision a (a_file.sql) is invalid");
    }

    @Test
    void branchLabelWithAnAtSignIsRejected() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(
                new RevisionNode("a", List.of(), List.of(), List.of("x@y"), "", "a.sql"))))
                .isInstanceOf(BranchLabelException.class);
    }

    @Test
    void malformedIdIsInvalid() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("no-dashes"))))
                .isInstanceOf(InvalidRevisionException.class)
                .hasMessage("Revision 'no-dashes' in no-dashes is invalid: a revision id is 1 to 32 letters, digits"
                        + " or underscores");
    }

    @Test
    void reservedWordAsIdIsInvalid() {
        assertThatThrownBy(() -> RevisionGraph.of(nodes("base")))
                .isInstanceOf(InvalidRevisionException.class)
                .hasMessageContaining("reserved word");
    }

    @Test
    void parentListedTwiceIsInvalid() {
        assertThatThrownBy(() -> graph("a", "b:a,a"))
                .isInstanceOf(InvalidRevisionException.class)
                .hasMessageContaining("Revises lists a parent twice");
    }

    @Test
    void everyBuildErrorIsARevisionGraphException() {
        assertThatThrownBy(() -> graph("a:missing")).isInstanceOf(RevisionGraphException.class)
                .isInstanceOf(io.psm.migrate.MigrateException.class);
    }
}
