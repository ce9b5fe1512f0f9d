package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable jar against real databases: an H2 file and PostgreSQL. */
class PackagedJarDatabaseIT {

    private static final String PASSWORD = "Pa55w0rd-Zq";

    @TempDir
    Path directory;

    @TempDir
    Path data;

    @Test
    void upgradeThenCurrentOnAnH2FileDatabase() {
        Histories.linear(new MigrationFiles(directory));
        String url = "h2:file:" + data.resolve("app");

        Cli.Result upgrade = PackagedJar.run("--url", url, "-d", directory.toString(), "upgrade");
        Cli.Result current = PackagedJar.run("--url", url, "-d", directory.toString(), "current");

        assertThat(upgrade.status()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade  -> users01a, create users");
        assertThat(current.outLines()).containsExactly("email03c (head)");
    }

    @Test
    void upgradeThenCurrentOnPostgresqlNamedByDatabaseUrl() {
        Histories.linear(new MigrationFiles(directory));
        try (TestDatabase database = TestDatabases.postgres()) {
            Map<String, String> env = Map.of("DATABASE_URL", database.databaseUrl());

            Cli.Result upgrade = PackagedJar.run(env, "-d", directory.toString(), "upgrade");
            Cli.Result current = PackagedJar.run(env, "-d", directory.toString(), "current");

            assertThat(upgrade.status()).isZero();
            assertThat(current.outLines()).containsExactly("email03c (head)");
        }
    }

    @Test
    void passwordInTheUrlOfAFailingConnectionAppearsNowhere() {
        Histories.linear(new MigrationFiles(directory));

        Cli.Result result = PackagedJar.run("--verbose", "--url", "postgresql://app:" + PASSWORD + "@127.0.0.1:1/app",
                "-d", directory.toString(), "upgrade");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).last().asString().startsWith("ERROR: ");
        assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
    }

    @Test
    void failureOfAScriptExitsOneWithoutAStackTrace() {
        new MigrationFiles(directory).write(MigrationFiles.Revision.of("broken01", "broken", "CREATE TABLE (;", "SELECT 1;"));

        Cli.Result result = PackagedJar.run("--url", "h2:file:" + data.resolve("app"), "-d", directory.toString(), "upgrade");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).filteredOn(line -> line.startsWith("ERROR: ")).singleElement().asString()
                .contains("broken01_broken.sql");
        assertThat(result.err()).doesNotContain("\tat ");
    }
}
