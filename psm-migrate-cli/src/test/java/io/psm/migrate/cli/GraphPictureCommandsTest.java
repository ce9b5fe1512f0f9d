package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code history --graph}, {@code history --format}, {@code heads --check} and {@code --file-template}. */
class GraphPictureCommandsTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyGraphDrawsBranchesAndMergesAndMarksTheDatabasesRevisions(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Histories.branched(workspace);
            workspace.files().write(Histories.MERGE);
            workspace.run("upgrade", "left0003");

            Cli.Result result = workspace.run("history", "--graph");

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.outLines()).containsExactly(
                    "* merge005 (left, right) (head) (mergepoint), merge ledger and audit",
                    "|\\",
                    "* | left0003 (left) (current), create ledger",
                    "| * right004 (right), create audit",
                    "|/",
                    "* fork0002 (branchpoint), add owner",
                    "* root0001, create accounts");
        }
    }

    @Test
    void historyGraphWithoutADatabaseMarksNothingCurrent() {
        Histories.linear(new MigrationFiles(directory));

        Cli.Result result = Cli.run("-d", directory.toString(), "history", "--graph");

        assertThat(result.outLines()).containsExactly("* email03c (head), add email", "* phone02b, add phone",
                "* users01a, create users");
    }

    @Test
    void historyFormatWritesMermaidAndDotWithStatesFromTheDatabase() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.linear(workspace);
            workspace.run("upgrade", "phone02b");

            Cli.Result mermaid = workspace.run("history", "--format=mermaid", "-i");
            Cli.Result dot = workspace.run("history", "--format", "dot");

            assertThat(mermaid.out()).startsWith("flowchart BT\n")
                    .contains("    r_phone02b[\"phone02b (current)<br/>add phone\"]\n")
                    .contains("    r_users01a --> r_phone02b\n")
                    .contains("    class r_phone02b,r_users01a applied\n")
                    .contains("    class r_email03c pending\n");
            assertThat(dot.out()).startsWith("digraph revisions {\n")
                    .contains("    \"email03c\" [label=\"email03c (head)\\nadd email\"];\n")
                    .contains("    \"phone02b\" -> \"email03c\";\n");
        }
    }

    @Test
    void headsCheckFailsNamingTheHeadsAndExplainingMerge() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.branched(workspace);

            Cli.Result two = workspace.run("heads", "--check");
            workspace.files().write(Histories.MERGE);
            Cli.Result one = workspace.run("heads", "--check");

            assertThat(two.status()).isEqualTo(1);
            assertThat(two.outLines()).containsExactly("left0003 (left) (head)", "right004 (right) (head)");
            assertThat(two.errLines()).singleElement().asString().startsWith("ERROR: The revision graph has 2 heads:"
                    + " left0003, right004;").contains("'merge -m MSG heads'");
            assertThat(one.status()).isZero();
        }
    }

    @Test
    void fileTemplateNamesNewRevisionsAndABadOneIsOneError() throws IOException {
        Path written = directory.resolve("migrations");
        Files.createDirectories(written);

        Cli.Result result = Cli.run("-d", written.toString(), "--file-template", "%(year)d_%(rev)s_%(slug)s",
                "revision", "-m", "Add users", "--rev-id", "abc123");
        Cli.Result bad = Cli.run("-d", written.toString(), "--file-template", "%(slug)s", "revision", "-m", "x");

        assertThat(result.status()).as(result.err()).isZero();
        try (var files = Files.list(written)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .singleElement().asString().matches("\\d{4}_abc123_add_users\\.sql");
        }
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.errLines()).containsExactly("ERROR: The file template '%(slug)s' is not valid: it must contain"
                + " %(rev)s, so that every revision gets a file name of its own");
    }
}
