package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing, upgrading and downgrading a branched history, and merging it, on H2 and PostgreSQL. */
class BranchCommandsTest {

    private static final String LOG = "INFO  [psm.migrate] ";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeToHeadWithTwoHeadsNamesBothHeads(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            Cli.Result result = workspace.run("upgrade");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: ")
                    .contains("left0003", "right004", "heads");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeHeadsAppliesEveryBranch(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            workspace.run("upgrade", "heads");

            assertThat(workspace.run("current").outLines()).containsExactlyInAnyOrder("left0003 (head)", "right004 (head)");
            assertThat(workspace.tables()).contains("accounts", "ledger", "audit");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeLabelMinusOneRevertsOnlyThatBranch(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            workspace.run("upgrade", "heads");

            Cli.Result result = workspace.run("downgrade", "left@-1");

            assertThat(result.status()).isZero();
            assertThat(result.errLines()).contains(LOG + "Running downgrade left0003 -> fork0002, create ledger");
            assertThat(workspace.run("current").outLines()).containsExactly("right004 (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void mergeHeadsWritesAMergeRevisionThatBecomesTheOnlyHead(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            Cli.Result result = workspace.run("merge", "-m", "merge ledger and audit", "heads");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).singleElement().asString()
                    .matches("Generating " + directory.toAbsolutePath() + "/[0-9a-f]{12}_merge_ledger_and_audit\\.sql \\.\\.\\.  done");
            assertThat(workspace.run("heads").outLines()).singleElement().asString().matches("[0-9a-f]{12} \\(left, right\\) \\(head\\)");
            assertThat(workspace.run("history").outLines().get(0))
                    .matches("left0003, right004 -> [0-9a-f]{12} \\(left, right\\) \\(head\\) \\(mergepoint\\), merge ledger and audit");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeIntoAMergeNamesBothParents(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            workspace.files().write(Histories.MERGE);

            Cli.Result result = workspace.run("upgrade");

            assertThat(result.errLines()).endsWith(LOG + "Running upgrade left0003, right004 -> merge005, merge ledger and audit");
            assertThat(workspace.run("current").outLines()).containsExactly("merge005 (head) (mergepoint)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradingAMergeToOneParentLeavesBothParentsCurrent(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            workspace.files().write(Histories.MERGE);
            workspace.run("upgrade");

            workspace.run("downgrade", "left0003");

            assertThat(workspace.run("current").outLines()).containsExactlyInAnyOrder("left0003", "right004");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionWritesAScriptOnTheHeadItIsGiven(TestDatabase.Kind kind) throws Exception {
        try (Workspace workspace = branched(kind)) {
            Cli.Result result = workspace.run("revision", "-m", "Add phone field to User", "--head", "left@head",
                    "--rev-id", "phone006");

            Path written = directory.toAbsolutePath().resolve("phone006_add_phone_field_to_user.sql");
            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly("Generating " + written + " ...  done");
            assertThat(Files.readString(written)).startsWith("-- Add phone field to User\n")
                    .contains("-- Revision ID: phone006\n", "-- Revises: left0003\n", "-- migrate:upgrade", "-- migrate:downgrade");
            assertThat(workspace.run("heads").outLines()).containsExactlyInAnyOrder("phone006 (left) (head)", "right004 (right) (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionOnBaseWithABranchLabelStartsANewRoot(TestDatabase.Kind kind) {
        try (Workspace workspace = branched(kind)) {
            workspace.run("revision", "-m", "reporting", "--head", "base", "--branch-label", "reports", "--rev-id", "report07");

            assertThat(workspace.run("history").outLines()).contains("<base> -> report07 (reports) (head), reporting");
        }
    }

    private Workspace branched(TestDatabase.Kind kind) {
        Workspace workspace = Workspace.create(kind, directory);
        Histories.branched(workspace);
        return workspace;
    }
}
