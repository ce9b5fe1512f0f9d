package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.psm.migrate.graph.GraphFixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Resolution without a database, on the labeled two-root graph of Alembic's {@code LabeledBranchTest}. */
class TargetResolutionTest {

    private final RevisionGraph labeled = graph("a#abranch", "b:a", "somelongername:b", "c:somelongername",
            "d", "e:d#ebranch", "someothername:e", "f:someothername");

    private final RevisionGraph chain = graph("a", "b:a", "c:b", "d:c");

    private java.util.List<String> resolve(RevisionGraph graph, String target) {
        return graph.resolve(Target.parse(target));
    }

    @Test
    void fullIdResolvesToItself() {
        assertThat(resolve(labeled, "somelongername")).containsExactly("somelongername");
    }

    @Test
    void shortFullIdResolvesEvenUnderFourCharacters() {
        assertThat(resolve(labeled, "e")).containsExactly("e");
    }

    @Test
    void uniquePrefixOfFourCharactersResolves() {
        assertThat(resolve(labeled, "someo")).containsExactly("someothername");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> resolve(labeled, "some"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'some'; multiple revisions start with 'some':"
                        + " somelongername, someothername")
                .asInstanceOf(type(UnknownRevisionException.class))
                .satisfies(e -> assertThat(e.candidates()).containsExactly("somelongername", "someothername"));
    }

    @Test
    void prefixShorterThanFourCharactersIsRejected() {
        assertThatThrownBy(() -> resolve(labeled, "som"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'som'; no such revision or branch 'som'; please"
                        + " ensure at least four characters are present for partial revision identifier matches");
    }

    @Test
    void unknownRevisionCannotBeLocated() {
        assertThatThrownBy(() -> resolve(labeled, "qprstuv"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'qprstuv'; no such revision or branch 'qprstuv'");
    }

    @Test
    void bareLabelResolvesToTheRevisionDeclaringIt() {
        assertThat(resolve(labeled, "ebranch")).containsExactly("e");
    }

    @Test
    void headWithOneHeadIsThatHead() {
        assertThat(resolve(chain, "head")).containsExactly("d");
    }

    @Test
    void headWithSeveralHeadsNamesThemAndSuggestsTheWayOut() {
        assertThatThrownBy(() -> resolve(labeled, "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("Multiple head revisions are present for given argument 'head': c, f; please specify a"
                        + " specific target revision, '<branchname>@head' to narrow to a specific head, 'heads' for"
                        + " all heads, or merge them with 'db merge'")
                .asInstanceOf(type(MultipleHeadsException.class))
                .satisfies(e -> assertThat(e.heads()).containsExactly("c", "f"));
    }

    @Test
    void headsNamesEveryHead() {
        assertThat(resolve(labeled, "heads")).containsExactly("c", "f");
    }

    @Test
    void baseNamesNoRevision() {
        assertThat(resolve(labeled, "base")).isEmpty();
    }

    @Test
    void labelAtHeadIsTheHeadOfThatBranch() {
        assertThat(resolve(labeled, "ebranch@head")).containsExactly("f");
        assertThat(resolve(labeled, "abranch@heads")).containsExactly("c");
    }

    @Test
    void labelAtBaseNamesNoRevision() {
        assertThat(resolve(labeled, "abranch@base")).isEmpty();
    }

    @Test
    void labelAtRevisionResolvesInsideTheBranch() {
        assertThat(resolve(labeled, "ebranch@d")).containsExactly("d");
        assertThat(resolve(labeled, "ebranch@ebranch")).containsExactly("e");
    }

    @Test
    void labelNarrowsAnAmbiguousPrefix() {
        assertThat(resolve(labeled, "ebranch@some")).containsExactly("someothername");
        assertThat(resolve(labeled, "abranch@some")).containsExactly("somelongername");
    }

    @Test
    void revisionOutsideTheBranchIsNotAMember() {
        assertThatThrownBy(() -> resolve(labeled, "ebranch@b"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'ebranch@b'; revision b is not a member of branch"
                        + " 'ebranch'");
    }

    @Test
    void revisionMayStandForTheBranch() {
        assertThat(resolve(labeled, "e@d")).containsExactly("d");
        assertThat(resolve(labeled, "someoth@d")).containsExactly("d");
        assertThat(resolve(labeled, "f@ebranch")).containsExactly("e");
    }

    @Test
    void unknownBranchIsNoSuchBranch() {
        assertThatThrownBy(() -> resolve(labeled, "x@d"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("Can't locate revision identified by 'x@d'; no such branch: 'x'");
    }

    @Test
    void headMinusNWalksDownFromTheHead() {
        assertThat(resolve(chain, "head-1")).containsExactly("c");
        assertThat(resolve(chain, "head-3")).containsExactly("a");
    }

    @Test
    void walkingDownToJustBelowTheRootReachesBase() {
        assertThat(resolve(chain, "head-4")).isEmpty();
    }

    @Test
    void walkingBelowBaseDidNotProduceTheMigrations() {
        assertThatThrownBy(() -> resolve(chain, "head-5"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision head-5 didn't produce 5 migrations");
    }

    @Test
    void basePlusNWalksUpFromTheRoot() {
        assertThat(resolve(chain, "base+1")).containsExactly("a");
        assertThat(resolve(chain, "base+4")).containsExactly("d");
    }

    @Test
    void basePlusTooManyIsAClearErrorWhereAlembicCrashes() {
        assertThatThrownBy(() -> resolve(chain, "base+10"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision base+10 didn't produce 10 migrations");
    }

    @Test
    void headPlusOneIsAClearErrorWhereAlembicCrashes() {
        assertThatThrownBy(() -> resolve(chain, "head+1"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative revision head+1 didn't produce 1 migrations");
    }

    @Test
    void revisionPlusAndMinusNWalkFromTheRevision() {
        assertThat(resolve(chain, "b+1")).containsExactly("c");
        assertThat(resolve(chain, "c-2")).containsExactly("a");
    }

    @Test
    void minusNWithoutADatabaseCountsFromEachHead() {
        assertThat(resolve(labeled, "-1")).containsExactly("somelongername", "someothername");
    }

    @Test
    void plusNWithoutCurrentRevisionsIsInvalid() {
        assertThatThrownBy(() -> resolve(chain, "+1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("'+1'");
    }

    @Test
    void walkingUpFromABranchPointIsAmbiguous() {
        RevisionGraph forked = graph("a", "b1:a", "b2:a");

        assertThatThrownBy(() -> resolve(forked, "a+1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessage("Ambiguous walk for 'a+1' at a: it could go to b1, b2; name a branch"
                        + " ('<branchname>@a+1') or a revision instead");
    }

    @Test
    void walkingUpFromBaseWithSeveralRootsIsAmbiguous() {
        assertThatThrownBy(() -> resolve(labeled, "base+1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessageContaining("at base: it could go to a, d");
    }

    @Test
    void walkingDownFromAMergePointIsAmbiguous() {
        RevisionGraph merged = graph("a", "b1:a", "b2:a", "m:b1,b2");

        assertThatThrownBy(() -> resolve(merged, "m-1"))
                .isInstanceOf(AmbiguousWalkException.class)
                .hasMessageContaining("at m: it could go to b1, b2");
    }

    @Test
    void labelAtBasePlusNFollowsOnlyThatBranch() {
        RevisionGraph forked = graph("a", "b1:a#left", "c1:b1", "b2:a#right", "c2:b2");

        assertThat(resolve(forked, "right@base+2")).containsExactly("b2");
        assertThat(resolve(forked, "left@base+3")).containsExactly("c1");
    }

    @Test
    void labelAtHeadMinusNWalksDownFromTheBranchHead() {
        RevisionGraph forked = graph("a", "b1:a#left", "c1:b1", "b2:a#right", "c2:b2");

        assertThat(resolve(forked, "left@head-1")).containsExactly("b1");
    }
}
