package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision that fails partway, as current, history -i, upgrade and repair show and handle it. */
class FailedAttemptCommandsTest {

    private static final String WARN = "WARN  [psm.migrate] ";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPartlyAppliedRevisionIsShownRefusedUntilRepairedAndThenRunsAgain(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Path half = write(workspace, "half_one (id INT);\nCREATE TABLE half_two (id INT);\nINSERT INTO nosuch VALUES (1);");

            Cli.Result failed = workspace.run("upgrade");
            Cli.Result current = workspace.run("current");
            Cli.Result history = workspace.run("history", "-i");
            Cli.Result rerun = workspace.run("upgrade");

            assertThat(failed.status()).isEqualTo(1);
            assertThat(failed.errLines()).last().asString()
                    .startsWith("ERROR: Revision half02b (" + half + ", line 10) failed: ")
                    .contains(". These statements ran before it and were not rolled back, as the revision is not"
                            + " transactional: " + half + ":8 CREATE TABLE half_one (id INT); " + half
                            + ":9 CREATE TABLE half_two (id INT). Undo them by hand, or make them safe to repeat"
                            + " (IF NOT EXISTS, IF EXISTS), then run 'repair' to clear the failure, and upgrade again");
            assertThat(current.outLines()).containsExactly("base01a");
            assertThat(current.errLines()).singleElement().asString()
                    .startsWith(WARN + "The last upgrade of half02b (" + half + ") failed at line 10 (")
                    .endsWith("; the statements at lines 8, 9 stayed applied: undo what it left or make it safe to"
                            + " repeat, then run 'repair'");
            assertThat(history.outLines()).containsExactly("base01a -> half02b (head) (failed), half",
                    "<base> -> base01a (current), base");
            assertThat(rerun.status()).isEqualTo(1);
            assertThat(rerun.errLines()).singleElement().asString()
                    .startsWith("ERROR: Revision half02b (" + half + ") failed partway in its upgrade at ")
                    .contains("these statements had run and stayed applied: " + half + ":8 CREATE TABLE half_one"
                            + " (id INT); " + half + ":9 CREATE TABLE half_two (id INT) (line 10 failed: ")
                    .endsWith("then run 'repair' to clear the failure, and upgrade again");

            write(workspace, "IF NOT EXISTS half_one (id INT);\nCREATE TABLE IF NOT EXISTS half_two (id INT);");
            Cli.Result repair = workspace.run("repair");
            Cli.Result upgrade = workspace.run("upgrade");

            assertThat(repair.errLines()).containsExactly("INFO  [psm.migrate] Cleared the failed upgrade of half02b ("
                    + half + "); it runs again from its start");
            assertThat(upgrade.status()).isZero();
            assertThat(workspace.run("current").all()).isEqualTo("half02b (head)\n");
            assertThat(workspace.run("history", "-i").outLines()).first().isEqualTo("base01a -> half02b (head) (current), half");
        }
    }

    @Test
    void anEmbeddedCommandLineNamesItsOwnRepairCommand() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            write(workspace, "half_one (id INT);\nINSERT INTO nosuch VALUES (1);");
            StandaloneEnvironment environment = new StandaloneEnvironment(new StandaloneEnvironment.Settings(
                    java.util.Optional.of(workspace.database().databaseUrl()), java.util.Optional.empty(),
                    java.util.Optional.empty(), directory, java.util.Optional.empty(), "psm_version", "psm_history",
                    java.util.Optional.empty()));

            Cli.Result failed = Cli.runEmbedded(environment, "upgrade");
            Cli.Result current = Cli.runEmbedded(environment, "current");

            assertThat(failed.errLines()).last().asString().contains("then run 'db repair' to clear the failure");
            assertThat(current.errLines()).singleElement().asString().endsWith("then run 'db repair'");
        }
    }

    /** A root and a non-transactional revision creating {@code CREATE TABLE <rest>}; returns the second file. */
    private static Path write(Workspace workspace, String rest) {
        return workspace.files().onBase("half02b", "half", "Transactional: false", "CREATE TABLE " + rest,
                "DROP TABLE half_one;");
    }
}
