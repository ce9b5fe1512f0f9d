package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executable jar as processes: one killed with {@code kill -9} in the middle of a long statement
 * (its lock goes with it, and what it left is on record for the next run), and one that waits for
 * the lock of another in vain.
 */
class KilledRunIT {

    @TempDir
    Path directory;

    @TempDir
    Path data;

    @Test
    void theNextRunTakesTheLockOfAKilledRunWithinTenSecondsAndCompletes() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            Map<String, String> env = Map.of("DATABASE_URL", database.databaseUrl());
            Path slow = write("slow02b", "", "UPDATE base SET id = id;\nSELECT pg_sleep(100);");
            Process killed = start(env, "upgrade");
            awaitStatement(database, "SELECT pg_sleep(100)");

            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: the client vanishes mid-statement
            Files.writeString(slow, Files.readString(slow).replace("pg_sleep(100)", "pg_sleep(0)"));
            Cli.Result next = PackagedJar.run(env, "--lock-timeout", "10s", "-d", directory.toString(), "upgrade");

            assertThat(next.status()).as(next.err()).isZero();
            assertThat(next.err()).contains("Running upgrade base01a -> slow02b");
        }
    }

    @Test
    void aRunThatCannotGetTheLockInTimeNamesTheHoldersStatementAndHowToEndIt() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            Map<String, String> env = Map.of("DATABASE_URL", database.databaseUrl());
            write("slow02b", "", "SELECT pg_sleep(100);");
            Process holder = start(env, "upgrade");
            try {
                awaitStatement(database, "SELECT pg_sleep(100)");

                Cli.Result waiter = PackagedJar.run(env, "--lock-timeout", "2s", "-d", directory.toString(), "upgrade");

                assertThat(waiter.status()).isEqualTo(1);
                assertThat(waiter.errLines()).last().asString()
                        .matches("ERROR: Timed out after 2 s waiting for the migration lock on psm_version, held by"
                                + " PostgreSQL backend pid (\\d+) \\(user .*, client .*, connected since .*\\), running one"
                                + " statement for [\\d.]+ m?s: SELECT pg_sleep\\(100\\)\\. If that migration is still running,"
                                + " let it finish and run again, or wait longer \\(--lock-timeout, psm.migrate.lock-timeout\\);"
                                + " if the process that started it is gone, end its session:"
                                + " SELECT pg_terminate_backend\\(\\1\\)\\.");
            } finally {
                holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aKilledNonTransactionalRunLeavesItsRunningRowAndTheRerunSaysWhereItStopped() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            Map<String, String> env = Map.of("DATABASE_URL", database.databaseUrl());
            Path slow = write("slow02b", "Transactional: false",
                    "CREATE TABLE made_before (id INT);\nSELECT pg_sleep(100);\nCREATE TABLE made_after (id INT);");
            Process killed = start(env, "upgrade");
            awaitStatement(database, "SELECT pg_sleep(100)");
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            Cli.Result history = PackagedJar.run(env, "-d", directory.toString(), "history", "-i");
            Cli.Result rerun = PackagedJar.run(env, "--lock-timeout", "10s", "-d", directory.toString(), "upgrade");

            assertThat(history.outLines()).first().isEqualTo("base01a -> slow02b (head) (running), slow");
            assertThat(rerun.status()).isEqualTo(1);
            assertThat(rerun.errLines()).last().asString()
                    .startsWith("ERROR: Revision slow02b (" + slow + ") did not finish its upgrade started at ")
                    .contains("while running " + slow + ":9 SELECT pg_sleep(100), which may have taken effect in"
                            + " part; this statement had run and stayed applied: " + slow + ":8 CREATE TABLE"
                            + " made_before (id INT).")
                    .endsWith("then run 'repair' to clear the failure, and upgrade again");

            Files.writeString(slow, Files.readString(slow).replace("CREATE TABLE made_before", "CREATE TABLE IF NOT EXISTS made_before")
                    .replace("pg_sleep(100)", "pg_sleep(0)"));
            Cli.Result repair = PackagedJar.run(env, "-d", directory.toString(), "repair");
            Cli.Result upgrade = PackagedJar.run(env, "-d", directory.toString(), "upgrade");

            assertThat(repair.err()).contains("Cleared the running upgrade of slow02b");
            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.err()).contains("Running upgrade base01a -> slow02b");
        }
    }

    @Test
    void aKilledRunOnAnH2FileLeavesItsRunningRowAndNoLock() throws Exception {
        String url = "h2:file:" + data.resolve("app");
        Map<String, String> env = Map.of("DATABASE_URL", url);
        write("slow02b", "", "CREATE TABLE made_before (id INT);\n"
                + "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 2000000000) WHERE MOD(X, 7) = 3;");
        Path log = Files.createTempFile(data, "killed", ".log");
        Process killed = start(env, log, "upgrade");
        awaitLine(log, "Running upgrade base01a -> slow02b");
        Thread.sleep(2000);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Cli.Result rerun = PackagedJar.run(env, "--lock-timeout", "10s", "-d", directory.toString(), "upgrade");

        assertThat(rerun.status()).isEqualTo(1);
        assertThat(rerun.errLines()).last().asString()
                .contains("did not finish its upgrade")
                .contains("slow02b_slow.sql:8 CREATE TABLE made_before (id INT)");
    }

    /** A root revision and a second one of this body, with a header key (or none); returns the second file. */
    private Path write(String id, String headerLine, String upgrade) {
        return new MigrationFiles(directory).onBase(id, "slow", headerLine, upgrade, "SELECT 1;");
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        return start(env, Files.createTempFile(data, "killed", ".log"), args);
    }

    private Process start(Map<String, String> env, Path log, String... args) throws IOException {
        String jar = System.getProperty("psm.migrate.jar", "target/psm-migrate.jar");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar, "-d", directory.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void awaitStatement(TestDatabase database, String sql) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE query = '"
                        + sql + "' AND state = 'active'")) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("The run never reached " + sql);
    }

    private static void awaitLine(Path log, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The run never logged " + text + ": " + Files.readString(log));
    }
}
