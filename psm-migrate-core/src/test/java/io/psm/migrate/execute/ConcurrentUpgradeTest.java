package io.psm.migrate.execute;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentUpgradeTest {

    private static final int RUNNERS = 8;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eightRunnersUpgradingOneDatabaseAtOnceRunEachRevisionExactlyOnce(TestDatabase.Kind kind) throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        List<MigrationScript> chain = List.of(counting("c1", null, runs), counting("c2", "c1", runs),
                counting("c3", "c2", runs));
        ExecutorService threads = Executors.newFixedThreadPool(RUNNERS);
        try (TestDatabase database = TestDatabases.create(kind)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<AppliedStep>>> results = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                MigrationExecutor executor = new MigrationExecutor(database.dataSource(),
                        ExecutionSettings.defaults().withLockTimeout(Duration.ofSeconds(60)), MigrationListener.NONE);
                results.add(threads.submit(() -> {
                    start.await();
                    return executor.migrate(chain, Scripts.upgradeToHead(chain));
                }));
            }
            start.countDown();

            int stepsRun = 0;
            for (Future<List<AppliedStep>> result : results) {
                stepsRun += result.get(2, TimeUnit.MINUTES).size();
            }

            assertThat(stepsRun).isEqualTo(3);
            assertThat(runs).containsOnlyKeys("c1", "c2", "c3");
            assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM ran")).isEqualTo(3);
            assertThat(new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), MigrationListener.NONE)
                    .readState().heads()).containsExactly("c3");
        } finally {
            threads.shutdownNow();
        }
    }

    /** A Java revision that counts its runs in memory and leaves a row in the database. */
    private static MigrationScript counting(String id, String parent, Map<String, AtomicInteger> runs) {
        return Scripts.java(id, parent, context -> {
            runs.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            try (Statement statement = context.connection().createStatement()) {
                if (parent == null) {
                    statement.execute("CREATE TABLE ran (revision VARCHAR(32))");
                }
                statement.execute("INSERT INTO ran VALUES ('" + id + "')");
            }
        });
    }
}
