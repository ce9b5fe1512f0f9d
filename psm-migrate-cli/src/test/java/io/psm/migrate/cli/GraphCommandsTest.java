package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** history, heads, branches and show on a linear and a branched history, on H2 and PostgreSQL. */
class GraphCommandsTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyPrintsTheRevisionsNewestFirst(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);

            Cli.Result result = workspace.run("history");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly(
                    "phone02b -> email03c (head), add email",
                    "users01a -> phone02b, add phone",
                    "<base> -> users01a, create users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyIndicatesTheCurrentRevision(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);
            workspace.run("upgrade", "phone02b");

            Cli.Result result = workspace.run("history", "-i");

            assertThat(result.outLines()).contains("users01a -> phone02b (current), add phone");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyOfARangePrintsOnlyThatRange(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);

            Cli.Result result = workspace.run("history", "-r", "users01a:phone02b");

            assertThat(result.outLines()).containsExactly("users01a -> phone02b, add phone", "<base> -> users01a, create users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyOfABranchedGraphMarksTheBranchPointAndTheMergePoint(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.branched(workspace);
            workspace.files().write(Histories.MERGE);

            Cli.Result result = workspace.run("history");

            assertThat(result.outLines()).hasSize(5).first()
                    .isEqualTo("left0003, right004 -> merge005 (left, right) (head) (mergepoint), merge ledger and audit");
            assertThat(result.outLines()).contains(
                    "fork0002 -> left0003 (left), create ledger",
                    "fork0002 -> right004 (right), create audit",
                    "root0001 -> fork0002 (branchpoint), add owner",
                    "<base> -> root0001, create accounts");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void headsListsEveryHeadWithItsLabel(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.branched(workspace);

            Cli.Result result = workspace.run("heads");

            assertThat(result.outLines()).containsExactlyInAnyOrder("left0003 (left) (head)", "right004 (right) (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void branchesShowsTheBranchPointAndWhereItLeads(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.branched(workspace);

            Cli.Result result = workspace.run("branches");

            assertThat(result.outLines()).containsExactly(
                    "fork0002 (branchpoint)",
                    "         -> left0003 (left) (head)",
                    "         -> right004 (right) (head)",
                    "");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verboseBranchesAddsTheBranchPointInFullAndTheMessagesOfItsBranches(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.branched(workspace);

            Cli.Result result = workspace.run("branches", "-v");

            assertThat(result.outLines()).startsWith("Rev: fork0002 (branchpoint)", "Parent: root0001",
                    "Branches into: left0003, right004");
            assertThat(result.outLines()).contains(
                    "         -> left0003 (left) (head), create ledger",
                    "         -> right004 (right) (head), create audit");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verboseHistoryPrintsEachRevisionInFull(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);

            Cli.Result result = workspace.run("history", "-v");

            assertThat(result.outLines()).filteredOn(line -> line.startsWith("Rev: "))
                    .containsExactly("Rev: email03c (head)", "Rev: phone02b", "Rev: users01a");
            assertThat(result.outLines()).contains("Parent: <base>");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void showHeadsPrintsEveryHeadInFull(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.branched(workspace);

            Cli.Result result = workspace.run("show", "heads");

            assertThat(result.outLines()).filteredOn(line -> line.startsWith("Rev: "))
                    .containsExactly("Rev: left0003 (head)", "Rev: right004 (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void showPrintsTheHeaderFieldsAndPathOfARevisionFoundByPrefix(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);

            Cli.Result result = workspace.run("show", "phon");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).startsWith("Rev: phone02b", "Parent: users01a");
            assertThat(result.outLines().get(2)).startsWith("Path: ").endsWith("phone02b_add_phone.sql");
            assertThat(result.outLines().subList(3, result.outLines().size())).containsExactly(
                    "", "    add phone", "    ", "    Revision ID: phone02b", "    Revises: users01a",
                    "    Create Date: " + MigrationFiles.CREATE_DATE, "");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void offlineCommandsNeedNoDatabase(TestDatabase.Kind kind) {
        try (Workspace workspace = workspace(kind)) {
            Histories.linear(workspace);

            Cli.Result result = Cli.run("-d", directory.toString(), "heads");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly("email03c (head)");
        }
    }

    private Workspace workspace(TestDatabase.Kind kind) {
        return Workspace.create(kind, directory);
    }
}
