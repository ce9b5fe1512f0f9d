package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;
import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures the engine reports, each as one ERROR line that names what and where, with status 1. */
class CommandErrorsTest {

    private static final String PASSWORD = "Pa55w0rd-Zq";

    @TempDir
    Path directory;

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void unknownRevisionIsNamed(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("upgrade", "nope1234");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("ERROR: Can't locate revision identified by 'nope1234'");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failingStatementNamesTheFileAndStopsThere(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Revision broken = Revision.of("broken4d", "broken", "ALTER TABLE no_such_table ADD COLUMN x INT;", "", "email03c");
            workspace.files().write(broken);

            Cli.Result result = workspace.run("upgrade");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).filteredOn(line -> line.startsWith("ERROR: ")).singleElement().asString()
                    .contains("broken4d_broken.sql");
            assertThat(result.errLines()).last().asString().startsWith("ERROR: ");
            assertThat(workspace.run("current").outLines()).containsExactly("email03c");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void malformedScriptIsNamedBeforeAnythingRuns(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            workspace.files().write("zz_no_header.sql", "-- no revision id here\n\n-- migrate:upgrade\nSELECT 1;\n");

            Cli.Result result = workspace.run("upgrade");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: ").contains("zz_no_header.sql");
            assertThat(workspace.tables()).doesNotContain("users");
        }
    }

    @Test
    void refusedConnectionNeverShowsThePasswordGivenInTheUrl() {
        Histories.linear(files());

        Cli.Result result = Cli.run("--url", "postgresql://app:" + PASSWORD + "@127.0.0.1:1/app",
                "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: ");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void refusedConnectionNeverShowsThePasswordGivenInDatabaseUrlEvenVerbose() {
        Histories.linear(files());

        Cli.Result result = Cli.run(Map.of("DATABASE_URL", "postgresql://app:" + PASSWORD + "@127.0.0.1:1/app"),
                "--verbose", "-d", directory.toString(), "upgrade");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("\tat ");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void wrongPasswordOfAnH2FileDatabaseIsReportedWithoutEitherPassword() throws Exception {
        Histories.linear(files());
        String url = "jdbc:h2:file:" + data.resolve("app");
        DriverManager.getConnection(url, "sa", "Right-" + PASSWORD).close();

        Cli.Result result = Cli.run("--url", "h2:file:" + data.resolve("app"), "--user", "sa",
                "--password", "Wrong-" + PASSWORD, "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: ");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    private Workspace linear(TestDatabase.Kind kind) {
        Workspace workspace = Workspace.create(kind, directory);
        Histories.linear(workspace);
        return workspace;
    }

    private MigrationFiles files() {
        return new MigrationFiles(directory);
    }
}
