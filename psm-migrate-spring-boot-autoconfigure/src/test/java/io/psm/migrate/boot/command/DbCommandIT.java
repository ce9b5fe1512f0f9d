package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.testapp.TestApplication;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.ProcessRun;
import io.psm.migrate.boot.testing.TestApplicationJar;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar app.jar db COMMAND}: the commands inside a packaged application, as separate processes. */
class DbCommandIT {

    @TempDir
    static Path build;

    private static Path jar;

    @TempDir
    Path data;

    @BeforeAll
    static void packageTheApplication() throws Exception {
        jar = TestApplicationJar.build(build);
    }

    @Test
    void upgradeAppliesTheScriptsWithoutStartingTheApplication() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "upgrade");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("Running upgrade  -> a1b2c3d4e5f6, Create book")
                .contains("Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8, Add shelf note to book")
                .doesNotContain("Tomcat");
        assertThat(run.out()).doesNotContain(TestApplication.RUNNER_LINE);
        assertThat(current()).isEqualTo(DatabaseState.HEAD);
    }

    @Test
    void currentPrintsTheHeadAloneOnStandardOutput() throws Exception {
        upgradeInProcess();

        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "current");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(DatabaseState.HEAD + " (head)");
    }

    @Test
    void historyListsTheRevisionsNewestFirst() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "history");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "b2c3d4e5f6a7 -> c3d4e5f6a7b8 (head), Add shelf note to book",
                "a1b2c3d4e5f6 -> b2c3d4e5f6a7, Add isbn to book",
                "<base> -> a1b2c3d4e5f6, Create book");
    }

    @Test
    void failingCommandExitsWithOneAndAnErrorLine() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "upgrade", "ffffffffffff");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("ERROR: Can't locate revision identified by 'ffffffffffff'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNormalStartUpgradesBeforeTheApplicationReadsTheDatabase() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "--spring.main.web-application-type=none");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(TestApplication.RUNNER_LINE + "0");
        assertThat(current()).isEqualTo(DatabaseState.HEAD);
    }

    @Test
    void upgradeOnPostgreSqlNeverShowsThePasswordOfDatabaseUrl() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            Assumptions.assumeTrue(database.password().isEmpty(), "needs a server that trusts local connections");
            String url = database.databaseUrl().replaceFirst("://([^@:]+)@", "://$1:S3cr3t-Pa55@");

            ProcessRun run = ProcessRun.javaJar(jar, Map.of("DATABASE_URL", url), "db", "upgrade");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(DatabaseState.versionRows(database.dataSource())).containsExactly(DatabaseState.HEAD);
            assertThat(run.out() + run.err()).doesNotContain("S3cr3t-Pa55");
        }
    }

    private Map<String, String> databaseUrl() {
        return Map.of("DATABASE_URL", "h2:file:" + this.data.resolve("app"));
    }

    private void upgradeInProcess() {
        PsmMigrate.configure().url("h2:file:" + this.data.resolve("app")).load().upgrade("head");
    }

    private String current() {
        return String.join(",", PsmMigrate.configure().url("h2:file:" + this.data.resolve("app")).load().current()
                .stream().map(node -> node.id()).toList());
    }
}
