package io.psm.migrate.execute;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run on SQLite waits for another connection that writes the database as long as it would wait
 * for the migration lock, not only the driver's busy timeout (3 s), and gives the connection its
 * own busy timeout back afterwards.
 */
class SqliteBusyTimeoutTest {

    /** Longer than the driver's busy timeout of 3 s, after which a run failed with SQLITE_BUSY. */
    private static final long WRITER_HOLDS_MILLIS = 5_000;

    private static final List<MigrationScript> CHAIN = List.of(
            Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;"),
            Scripts.sql("r2", "r1", "CREATE TABLE d (id INT);", "DROP TABLE d;"));

    @Test
    void aSecondRunnersFirstLookAtTheVersionTableWaitsForAWriterLongerThanTheDriversBusyTimeout() throws Exception {
        try (TestDatabase database = TestDatabases.sqlite()) {
            MigrationExecutor executor = new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(),
                    MigrationListener.NONE);
            executor.migrate(CHAIN.subList(0, 1), Scripts.upgradeToHead(CHAIN.subList(0, 1)));
            try (Connection writer = database.dataSource().getConnection();
                 Statement statement = writer.createStatement()) {
                // What a revision writing many rows does in SQLite's default journal mode: locks readers out.
                statement.execute("BEGIN EXCLUSIVE");
                statement.execute("INSERT INTO c VALUES (1)");

                CompletableFuture<List<AppliedStep>> run = CompletableFuture.supplyAsync(
                        () -> executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN)));
                Thread.sleep(WRITER_HOLDS_MILLIS);

                assertThat(run).as("still waiting for the writer, neither failed nor done").isNotDone();
                statement.execute("COMMIT");
                assertThat(run.get(60, TimeUnit.SECONDS)).extracting(step -> step.step().revision().id())
                        .containsExactly("r2");
            }
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM c")).isEqualTo(1);
        }
    }

    @Test
    void theConnectionGetsItsOwnBusyTimeoutBackAfterTheRun() throws Exception {
        try (TestDatabase database = TestDatabases.sqlite();
             Connection connection = database.dataSource().getConnection()) {
            MigrationExecutor executor = new MigrationExecutor(pooled(connection), ExecutionSettings.defaults(),
                    MigrationListener.NONE);

            executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            assertThat(executor.readState().heads()).containsExactly("r2");
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("PRAGMA busy_timeout")) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(3_000);
            }
        }
    }

    /** A data source that hands out the one connection and ignores its closing, as a pool of one would. */
    private static DataSource pooled(Connection connection) {
        Connection kept = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new SQLException("not supported here: " + method.getName());
                });
    }
}
