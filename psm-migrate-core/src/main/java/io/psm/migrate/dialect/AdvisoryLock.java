package io.psm.migrate.dialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * PostgreSQL's session advisory lock on a 64-bit key. It belongs to the session, not to a
 * transaction, so the migration's commits do not release it; the server releases it when the
 * session ends, so a killed process never leaves it taken. (A pooler in transaction mode, such as
 * PgBouncer's, breaks session locks: migrate through a direct connection.)
 */
final class AdvisoryLock implements LockAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);

    /** The session holding the advisory lock on a key: {@code pg_locks} splits a bigint key into classid and objid. */
    private static final String HOLDER = """
            SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.pid <> pg_backend_pid()""";

    private final Connection connection;
    private final long key;

    AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** A stable key for a schema and version table: the first 8 bytes of a SHA-256. */
    static long key(String schema, String versionTable) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("psm-migrate:" + schema + "." + versionTable).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        return call("SELECT pg_try_advisory_lock(?)");
    }

    @Override
    public void release() throws SQLException {
        if (!call("SELECT pg_advisory_unlock(?)")) {
            LOG.warn("The migration lock (advisory lock {}) was no longer held when released", key);
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(describe(row)) : Optional.empty();
            }
        }
    }

    private static String describe(ResultSet row) throws SQLException {
        Timestamp since = row.getTimestamp("backend_start");
        String client = row.getString("client_addr");
        return "PostgreSQL backend pid " + row.getInt("pid")
                + " (user " + row.getString("usename")
                + ", application '" + Optional.ofNullable(row.getString("application_name")).orElse("") + "'"
                + ", client " + (client == null ? "local socket or hidden" : client)
                + (since == null ? "" : ", connected since " + since.toInstant()) + ")";
    }

    private boolean call(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
