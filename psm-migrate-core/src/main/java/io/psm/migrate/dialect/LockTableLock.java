package io.psm.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * H2's migration lock: the single row of a lock table ({@code <version table>_lock}), updated and
 * left uncommitted by a connection of its own, which keeps that transaction open until release.
 *
 * <p>The lock is never a committed flag, so it cannot outlive its holder: closing the connection
 * rolls the transaction back; if the process dies, an in-memory database dies with it, an
 * embedded file database rolls the transaction back when next opened, and an H2 server rolls back
 * the session of a client whose socket closes. Limits: the lock needs a second connection from
 * the data source (a one-connection pool or a single-connection data source cannot provide it),
 * and a migration that drops the lock table ({@code DROP ALL OBJECTS}) waits on it.
 */
final class LockTableLock implements LockAttempt {

    /** H2's error code for a lock wait that timed out. */
    private static final int LOCK_TIMEOUT = 50200;
    private static final int DUPLICATE_KEY = 23505;
    /** How long one attempt waits for the row before {@link LockPoller} pauses and tries again. */
    private static final int ATTEMPT_WAIT_MILLIS = 50;

    private final H2Dialect dialect;
    private final Connection lockConnection;
    private final TableName table;
    private final int previousLockTimeout;

    private LockTableLock(H2Dialect dialect, Connection lockConnection, TableName table, int previousLockTimeout) {
        this.dialect = dialect;
        this.lockConnection = lockConnection;
        this.table = table;
        this.previousLockTimeout = previousLockTimeout;
    }

    /** Opens the lock's own connection and creates the lock table and its row when missing. */
    static LockTableLock open(H2Dialect dialect, DataSource dataSource, TableName table) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            int previousLockTimeout = prepare(dialect, connection, table);
            return new LockTableLock(dialect, connection, table, previousLockTimeout);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Creates the table and row if missing and shortens the session's lock wait; returns the wait it had. */
    private static int prepare(H2Dialect dialect, Connection connection, TableName table) throws SQLException {
        String qualified = dialect.qualify(table);
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            if (table.schema().isPresent()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(table.schema().get()));
            }
            statement.execute("CREATE TABLE IF NOT EXISTS " + qualified
                    + " (lock_id INT NOT NULL PRIMARY KEY, locked_at TIMESTAMP WITH TIME ZONE)");
            statement.execute("INSERT INTO " + qualified + " (lock_id) SELECT 1 FROM DUAL"
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + qualified + " WHERE lock_id = 1)");
        } catch (SQLException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
        int previous;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            row.next();
            previous = row.getInt(1);
        }
        setLockTimeout(connection, ATTEMPT_WAIT_MILLIS);
        connection.setAutoCommit(false);
        return previous;
    }

    private static void setLockTimeout(Connection connection, int millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement statement = lockConnection.prepareStatement(
                "UPDATE " + dialect.qualify(table) + " SET locked_at = ? WHERE lock_id = 1")) {
            statement.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            lockConnection.rollback();
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<LockHolder> holder() throws SQLException {
        try (PreparedStatement statement = lockConnection.prepareStatement("""
                SELECT s.SESSION_ID, s.USER_NAME, s.CLIENT_ADDR, s.SESSION_START
                FROM INFORMATION_SCHEMA.LOCKS l JOIN INFORMATION_SCHEMA.SESSIONS s ON s.SESSION_ID = l.SESSION_ID
                WHERE l.TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND l.TABLE_NAME = ?
                  AND s.SESSION_ID <> SESSION_ID() AND s.BLOCKER_ID IS NULL
                ORDER BY s.SESSION_START""")) {
            statement.setString(1, table.schema().map(schema -> dialect.stored(lockConnection, schema)).orElse(null));
            statement.setString(2, dialect.stored(lockConnection, table.name()));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new LockHolder(describe(row), Optional.empty())) : Optional.empty();
            } finally {
                lockConnection.rollback();
            }
        }
    }

    private static String describe(ResultSet row) throws SQLException {
        String client = row.getString("CLIENT_ADDR");
        return "H2 session " + row.getInt("SESSION_ID") + " (user " + row.getString("USER_NAME")
                + (client == null ? ", in-process" : ", client " + client)
                + ", connected since " + row.getObject("SESSION_START", OffsetDateTime.class).toInstant() + ")";
    }

    @Override
    public void release() throws SQLException {
        try {
            lockConnection.rollback();
            lockConnection.setAutoCommit(true);
            setLockTimeout(lockConnection, previousLockTimeout);
        } finally {
            lockConnection.close();
        }
    }

    @Override
    public void abandon() throws SQLException {
        release();
    }
}
