package io.psm.migrate.dialect;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's lock goes with its client: a client that vanishes during a long statement loses the lock within seconds. */
class ClientCheckTest {

    private static final LockRequest REQUEST = new LockRequest(TableName.of("psm_version"), Duration.ofSeconds(20));

    @Test
    void theLockSessionChecksItsClientDuringStatementsAndPutsTheSettingBackOnRelease() throws SQLException {
        try (TestDatabase database = TestDatabases.postgres();
             Connection connection = database.dataSource().getConnection()) {
            String before = setting(connection);

            try (DatabaseLock held = Dialect.detect(connection).lock(connection, database.dataSource(), REQUEST)) {
                assertThat(setting(connection)).isEqualTo("2s");
            }

            assertThat(setting(connection)).isEqualTo(before);
        }
    }

    @Test
    void aClientThatVanishesDuringALongStatementLosesTheLockWithinSeconds() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (TestDatabase database = TestDatabases.postgres();
             Connection waiter = database.dataSource().getConnection()) {
            Connection holder = database.dataSource().getConnection();
            Dialect.detect(holder).lock(holder, database.dataSource(), REQUEST);
            CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> sleep(holder));
            waitUntilSleeping(waiter);

            holder.abort(executor); // the socket closes as when the process is killed; the server is not told
            long start = System.nanoTime();
            try (DatabaseLock taken = Dialect.detect(waiter).lock(waiter, database.dataSource(), REQUEST)) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            }
            assertThat(sleeping).isCompletedExceptionally();
        } finally {
            executor.shutdownNow();
        }
    }

    private static void sleep(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_sleep(100)");
        } catch (SQLException expected) {
            // the connection is aborted under it
        }
        throw new IllegalStateException("aborted");
    }

    private static void waitUntilSleeping(Connection connection) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity"
                         + " WHERE query = 'SELECT pg_sleep(100)' AND state = 'active'")) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("pg_sleep never started");
    }

    private static String setting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW client_connection_check_interval")) {
            row.next();
            return row.getString(1);
        }
    }
}
