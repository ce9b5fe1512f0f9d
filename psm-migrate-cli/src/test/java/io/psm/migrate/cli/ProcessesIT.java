package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Separate processes on one database, as many instances of an application start at once and as a
 * deployment kills one halfway: the packaged jar run 8 times at once, and killed during a revision.
 * For databases that several processes share (a SQLite file); add a kind with its slow statement.
 */
class ProcessesIT {

    private static final int PROCESSES = 8;

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void eightProcessesUpgradingOneDatabaseAtOnceRunEachRevisionExactlyOnce(TestDatabase.Kind kind) throws Exception {
        MigrationFiles files = new MigrationFiles(directory);
        files.write(Revision.of("runs0001", "create runs", "CREATE TABLE runs (revision VARCHAR(32));\n"
                        + slowStatement(kind, 200_000) + "\nINSERT INTO runs VALUES ('runs0001');", "DROP TABLE runs;"),
                Revision.of("runs0002", "second", slowStatement(kind, 200_000) + "\nINSERT INTO runs VALUES ('runs0002');",
                        "DELETE FROM runs;", "runs0001"),
                Revision.of("runs0003", "third", slowStatement(kind, 200_000) + "\nINSERT INTO runs VALUES ('runs0003');",
                        "DELETE FROM runs;", "runs0002"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            List<PackagedJar.Running> runs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                runs.add(PackagedJar.start(Map.of("DATABASE_URL", database.databaseUrl()), "-d", directory.toString(),
                        "upgrade"));
            }
            List<Cli.Result> results = new ArrayList<>();
            for (PackagedJar.Running run : runs) {
                results.add(run.finish());
            }

            assertThat(results).allSatisfy(result -> assertThat(result.status()).as(result.err()).isZero());
            assertThat(results.stream().mapToLong(result -> result.errLines().stream()
                    .filter(line -> line.contains("Running upgrade")).count()).sum()).isEqualTo(3);
            assertThat(number(database, "SELECT COUNT(*) FROM runs")).isEqualTo(3);
            assertThat(number(database, "SELECT COUNT(DISTINCT revision) FROM runs")).isEqualTo(3);
            assertThat(PackagedJar.run(Map.of("DATABASE_URL", database.databaseUrl()), "-d", directory.toString(),
                    "current").outLines()).containsExactly("runs0003 (head)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void aRunKilledDuringARevisionLeavesNeitherItsChangesNorTheLockBehind(TestDatabase.Kind kind) throws Exception {
        MigrationFiles files = new MigrationFiles(directory);
        files.write(Revision.of("base0001", "create base", "CREATE TABLE base (id INT);", "DROP TABLE base;"),
                Revision.of("half0002", "create half", "CREATE TABLE half (id INT);\nINSERT INTO base VALUES (1);\n"
                        + slowStatement(kind, Long.MAX_VALUE) + "\n", "DROP TABLE half;", "base0001"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            Map<String, String> env = Map.of("DATABASE_URL", database.databaseUrl());
            PackagedJar.run(env, "-d", directory.toString(), "upgrade", "base0001");
            PackagedJar.Running killed = PackagedJar.start(env, "-d", directory.toString(), "upgrade");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!killed.errSoFar().contains("Running upgrade base0001 -> half0002") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            killed.process().destroyForcibly().waitFor();

            assertThat(PackagedJar.run(env, "-d", directory.toString(), "current").outLines())
                    .containsExactly("base0001");
            assertThat(number(database, "SELECT COUNT(*) FROM base")).isZero();

            files.write(Revision.of("half0002", "create half", "CREATE TABLE half (id INT);\nINSERT INTO base VALUES (1);",
                    "DROP TABLE half;", "base0001"));
            long start = System.nanoTime();
            Cli.Result rerun = PackagedJar.run(env, "-d", directory.toString(), "upgrade");

            assertThat(rerun.status()).as(rerun.err()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(rerun.err()).doesNotContain("Waiting for the migration lock");
            assertThat(number(database, "SELECT COUNT(*) FROM base")).isEqualTo(1);
        }
    }

    /** A statement that keeps the database busy for a while: counting up to {@code rows} in a recursive query. */
    private static String slowStatement(TestDatabase.Kind kind, long rows) {
        return switch (kind) {
            case SQLITE -> "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + rows
                    + ") SELECT COUNT(*) FROM n;";
            default -> throw new IllegalArgumentException("No slow statement for " + kind + " yet");
        };
    }

    private static long number(TestDatabase database, String query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
