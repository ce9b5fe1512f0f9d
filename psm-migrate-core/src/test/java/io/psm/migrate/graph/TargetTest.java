package io.psm.migrate.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {

    @Test
    void headParsesAsHeadWithoutBranch() {
        assertThat(Target.parse("head")).isEqualTo(new Target.Head(Optional.empty()));
    }

    @Test
    void headsParsesAsHeads() {
        assertThat(Target.parse("heads")).isEqualTo(new Target.Heads(Optional.empty()));
    }

    @Test
    void baseParsesAsBase() {
        assertThat(Target.parse("base")).isEqualTo(new Target.Base(Optional.empty()));
    }

    @Test
    void revisionIdParsesAsId() {
        assertThat(Target.parse("3f2a9c1b7d4e")).isEqualTo(new Target.Id(Optional.empty(), "3f2a9c1b7d4e"));
    }

    @Test
    void labelAtHeadCarriesTheBranch() {
        assertThat(Target.parse("shop@head")).isEqualTo(new Target.Head(Optional.of("shop")));
    }

    @Test
    void labelAtHeadsCarriesTheBranch() {
        assertThat(Target.parse("shop@heads")).isEqualTo(new Target.Heads(Optional.of("shop")));
    }

    @Test
    void labelAtBaseCarriesTheBranch() {
        assertThat(Target.parse("shop@base")).isEqualTo(new Target.Base(Optional.of("shop")));
    }

    @Test
    void labelAtRevisionCarriesBoth() {
        assertThat(Target.parse("shop@3f2a")).isEqualTo(new Target.Id(Optional.of("shop"), "3f2a"));
    }

    @Test
    void revisionAtLabelKeepsTheRevisionAsBranch() {
        assertThat(Target.parse("3f2a@shop")).isEqualTo(new Target.Id(Optional.of("3f2a"), "shop"));
    }

    @Test
    void plusNIsRelativeToTheCurrentRevisions() {
        Target.Relative target = (Target.Relative) Target.parse("+2");

        assertThat(target).isEqualTo(new Target.Relative(Optional.empty(), Optional.empty(), 2));
        assertThat(target.fromCurrent()).isTrue();
    }

    @Test
    void minusNIsRelativeDownwards() {
        assertThat(Target.parse("-3")).isEqualTo(new Target.Relative(Optional.empty(), Optional.empty(), -3));
    }

    @Test
    void headMinusNStartsAtHead() {
        assertThat(Target.parse("head-2")).isEqualTo(new Target.Relative(Optional.empty(), Optional.of("head"), -2));
    }

    @Test
    void basePlusNStartsAtBase() {
        assertThat(Target.parse("base+1")).isEqualTo(new Target.Relative(Optional.empty(), Optional.of("base"), 1));
    }

    @Test
    void revisionPlusNStartsAtTheRevision() {
        assertThat(Target.parse("ae10+1")).isEqualTo(new Target.Relative(Optional.empty(), Optional.of("ae10"), 1));
    }

    @Test
    void revisionMinusNStartsAtTheRevision() {
        assertThat(Target.parse("ae10-4")).isEqualTo(new Target.Relative(Optional.empty(), Optional.of("ae10"), -4));
    }

    @Test
    void labelAtPlusNWalksTheBranchFromTheCurrentRevisions() {
        Target.Relative target = (Target.Relative) Target.parse("shop@+1");

        assertThat(target).isEqualTo(new Target.Relative(Optional.of("shop"), Optional.empty(), 1));
        assertThat(target.fromCurrent()).isTrue();
    }

    @Test
    void labelAtMinusNWalksTheBranchDown() {
        assertThat(Target.parse("shop@-1")).isEqualTo(new Target.Relative(Optional.of("shop"), Optional.empty(), -1));
    }

    @Test
    void labelAtHeadMinusNStartsAtTheBranchHead() {
        assertThat(Target.parse("shop@head-1"))
                .isEqualTo(new Target.Relative(Optional.of("shop"), Optional.of("head"), -1));
    }

    @Test
    void labelAtBasePlusNStartsAtTheBranchBase() {
        assertThat(Target.parse("shop@base+2"))
                .isEqualTo(new Target.Relative(Optional.of("shop"), Optional.of("base"), 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "heads", "base", "shop@head", "shop@base+2", "+1", "-3", "head-2", "ae10@shop",
            "ae10+1", "shop@-1"})
    void textRendersTheTargetBackAsWritten(String text) {
        assertThat(Target.parse(text).text()).isEqualTo(text);
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Target.parse("  head ")).isEqualTo(new Target.Head(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a@b@c", "@head", "shop@", "he ad", "+", "-x", "a:b", "abc+1x"})
    void malformedTextIsAnInvalidTargetNamingIt(String text) {
        assertThatThrownBy(() -> Target.parse(text))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageStartingWith("Invalid target '");
    }

    @Test
    void zeroStepsIsInvalid() {
        assertThatThrownBy(() -> Target.parse("head+0"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("at least one step");
    }
}
