package io.psm.migrate.cli;

import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** upgrade, downgrade, current and stamp on a linear history, on H2 and PostgreSQL. */
class UpgradeDowngradeCommandsTest {

    private static final String LOG = "INFO  [psm.migrate] ";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeLogsEachStepToStandardErrorAndPrintsNoResult(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("upgrade");

            assertThat(result.status()).isZero();
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).filteredOn(line -> line.startsWith(LOG)).containsExactly(
                    LOG + "Running upgrade  -> users01a, create users",
                    LOG + "Running upgrade users01a -> phone02b, add phone",
                    LOG + "Running upgrade phone02b -> email03c, add email");
            assertThat(workspace.tables()).contains("users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeOfAnUpToDateDatabaseRunsNothing(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("upgrade");

            assertThat(result.status()).isZero();
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).doesNotContain("Running");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void currentPrintsTheHeadTheDatabaseIsAt(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade", "phone02b");

            Cli.Result result = workspace.run("current");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly("phone02b");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void currentOfAnEmptyDatabasePrintsNothing(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("current");

            assertThat(result.status()).isZero();
            assertThat(result.out()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void currentVerboseNamesTheDatabaseAndPrintsTheRevisionInFull(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("current", "-v");

            assertThat(result.outLines()).startsWith(
                    "Current revision(s) for " + DatabaseUrl.redact(workspace.database().databaseUrl()) + ":",
                    "Rev: email03c (head)",
                    "Parent: phone02b");
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("Path: ").endsWith("email03c_add_email.sql"));
            assertThat(result.outLines()).contains("    add email", "    Revision ID: email03c", "    Revises: phone02b");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void globalVerboseAlsoPrintsRevisionsInFull(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("current", "--verbose");

            assertThat(result.outLines()).element(1).isEqualTo("Rev: email03c (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void showCurrentPrintsTheDatabasesRevisionInFull(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade", "phone02b");

            Cli.Result result = workspace.run("show", "current");

            assertThat(result.outLines()).startsWith("Rev: phone02b", "Parent: users01a");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeRevertsOneRevisionByDefault(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("downgrade");

            assertThat(result.status()).isZero();
            assertThat(result.errLines()).contains(LOG + "Running downgrade email03c -> phone02b, add email");
            assertThat(workspace.run("current").outLines()).containsExactly("phone02b");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeToBaseRevertsEverythingAndLogsTheEmptyEnd(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");

            Cli.Result result = workspace.run("downgrade", "base");

            assertThat(result.errLines()).filteredOn(line -> line.startsWith(LOG)).endsWith(
                    LOG + "Running downgrade users01a -> , create users");
            assertThat(workspace.run("current").out()).isEmpty();
            assertThat(workspace.tables()).doesNotContain("users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeByARelativeStepRunsOneRevision(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade", "+1");

            assertThat(workspace.run("current").outLines()).containsExactly("users01a");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampSetsTheVersionTableWithoutRunningAnything(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("stamp", "head");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly("email03c (head)");
            assertThat(workspace.run("current").outLines()).containsExactly("email03c (head)");
            assertThat(workspace.tables()).doesNotContain("users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampPurgeReplacesWhateverTheVersionTableHeld(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.run("stamp", "email03c");

            Cli.Result result = workspace.run("stamp", "--purge", "users01a");

            assertThat(result.outLines()).containsExactly("users01a");
            assertThat(workspace.run("current").outLines()).containsExactly("users01a");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repairAcceptsAnAppliedScriptEditedSinceItRan(TestDatabase.Kind kind) throws Exception {
        try (Workspace workspace = linear(kind)) {
            workspace.run("upgrade");
            Path edited;
            try (var files = java.nio.file.Files.list(workspace.directory())) {
                edited = files.filter(file -> file.getFileName().toString().startsWith("phone02b")).findFirst().orElseThrow();
            }
            java.nio.file.Files.writeString(edited, java.nio.file.Files.readString(edited) + "-- reviewed\n");
            assertThat(workspace.run("upgrade").status()).isEqualTo(1);

            Cli.Result repair = workspace.run("repair");

            assertThat(repair.status()).isZero();
            assertThat(repair.errLines()).containsExactly(LOG + "Accepted the changed script of phone02b (" + edited + ")");
            assertThat(workspace.run("upgrade").status()).isZero();
            assertThat(workspace.run("repair").errLines())
                    .containsExactly(LOG + "No applied revision has changed, and no attempt has failed.");
        }
    }

    private Workspace linear(TestDatabase.Kind kind) {
        Workspace workspace = Workspace.create(kind, directory);
        Histories.linear(workspace);
        return workspace;
    }
}
