package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --lock-timeout and --transaction-mode, and the words of the standalone command line. */
class RunOptionsTest {

    @TempDir
    Path directory;

    @Test
    void aNegativeLockTimeoutIsAUsageErrorNamingTheOption() {
        Cli.Result result = Cli.run("-d", directory.toString(), "--lock-timeout=-5s", "current");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString()
                .isEqualTo("Invalid value for option '--lock-timeout': must be zero (one attempt) or more, not -5 s");
    }

    @Test
    void anUnknownTransactionModeIsAUsageErrorNamingTheWordsAccepted() {
        Cli.Result result = Cli.run("-d", directory.toString(), "--transaction-mode", "grouped", "current");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString().isEqualTo("Invalid value for option '--transaction-mode':"
                + " 'grouped' is not a transaction mode: use per-revision or all");
    }

    @Test
    void transactionModeAllIsRefusedOnH2BeforeAnythingIsCreated() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.linear(workspace.files());

            Cli.Result result = workspace.run("--transaction-mode", "all", "upgrade");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).last().asString().startsWith("ERROR: The transaction-mode"
                    + " (--transaction-mode, psm.migrate.transaction-mode) is all, but this database (h2) commits each"
                    + " DDL statement");
            assertThat(workspace.tables()).isEmpty();
        }
    }

    @Test
    void transactionModeAllRunsTheWholeUpgradeOnPostgresql() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.POSTGRESQL, directory)) {
            Histories.linear(workspace.files());

            Cli.Result result = workspace.run("--transaction-mode=all", "--lock-timeout", "5s", "upgrade");

            assertThat(result.status()).isZero();
            assertThat(workspace.run("current").outLines()).containsExactly("email03c (head)");
        }
    }

    @Test
    void anUnknownTargetCreatesNoTable() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.linear(workspace.files());

            Cli.Result result = workspace.run("upgrade", "zzzz");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).last().asString().startsWith("ERROR: Can't locate revision identified by 'zzzz'");
            assertThat(workspace.tables()).isEmpty();
        }
    }

    @Test
    void theMultipleHeadsHintNamesTheStandaloneMergeCommand() {
        new MigrationFiles(directory).write(
                MigrationFiles.Revision.of("root01a", "root", "SELECT 1;", "SELECT 1;"),
                MigrationFiles.Revision.of("left02b", "left", "SELECT 1;", "SELECT 1;", "root01a"),
                MigrationFiles.Revision.of("right03c", "right", "SELECT 1;", "SELECT 1;", "root01a"));

        Cli.Result result = Cli.run("-d", directory.toString(), "--dialect", "h2", "upgrade", "head", "--sql");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).last().asString().endsWith("'heads' for all heads, or merge them with 'merge'");
    }
}
