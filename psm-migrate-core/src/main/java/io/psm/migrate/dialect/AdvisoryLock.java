package io.psm.migrate.dialect;

import io.psm.migrate.jdbc.DatabaseUrl;
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
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL's session advisory lock on a 64-bit key. It belongs to the session, not to a
 * transaction, so the migration's commits do not release it; the server releases it when the
 * session ends, so a killed process never leaves it taken. (A pooler in transaction mode, such as
 * PgBouncer's, breaks session locks: migrate through a direct connection.)
 */
final class AdvisoryLock implements LockAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);

    /**
     * The session holding the advisory lock on a key, with what it is doing and for how long:
     * {@code pg_locks} splits a bigint key into classid and objid.
     */
    private static final String HOLDER = """
            SELECT a.pid, a.usename, a.application_name, a.client_addr, a.client_port, a.backend_start, a.state,
                   EXTRACT(EPOCH FROM (clock_timestamp() - a.state_change)) AS state_seconds, a.query
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.pid <> pg_backend_pid()""";

    private final Connection connection;
    private final long key;
    private final boolean serverChecksClients;

    /**
     * @param connection          the migration's connection, whose session takes the lock
     * @param key                 the lock's key
     * @param serverChecksClients whether the server can notice a client that died during a statement
     *                            ({@code client_connection_check_interval}, PostgreSQL 14 and later)
     */
    AdvisoryLock(Connection connection, long key, boolean serverChecksClients) {
        this.connection = connection;
        this.key = key;
        this.serverChecksClients = serverChecksClients;
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
    public Optional<LockHolder> holder() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int pid = row.getInt("pid");
                return Optional.of(new LockHolder(describe(row) + activity(row),
                        Optional.of("SELECT pg_terminate_backend(" + pid + ")")));
            }
        }
    }

    private static String describe(ResultSet row) throws SQLException {
        Timestamp since = row.getTimestamp("backend_start");
        String client = row.getString("client_addr");
        int port = row.getInt("client_port");
        return "PostgreSQL backend pid " + row.getInt("pid")
                + " (user " + row.getString("usename")
                + ", application '" + Optional.ofNullable(row.getString("application_name")).orElse("") + "'"
                + ", client " + (client == null ? "local socket or hidden" : client + (port > 0 ? ":" + port : ""))
                + (since == null ? "" : ", connected since " + since.toInstant()) + ")";
    }

    /**
     * What the holder is doing: a session running one statement for long is the case where its
     * client may be gone unnoticed (the server checks a client only between statements, unless
     * {@code client_connection_check_interval} is set, as psm-migrate sets it on 14 and later).
     */
    private String activity(ResultSet row) throws SQLException {
        String state = row.getString("state");
        double seconds = row.getDouble("state_seconds");
        if (state == null || row.wasNull()) {
            return "";
        }
        String since = Durations.format(Duration.ofMillis((long) (seconds * 1000)));
        if (!"active".equals(state)) {
            return ", " + state + " for " + since;
        }
        String query = DatabaseUrl.redactStatement(Optional.ofNullable(row.getString("query")).orElse("").strip()
                .replaceAll("\\s+", " "));
        String preview = query.length() <= 60 ? query : query.substring(0, 60) + "…";
        return ", running one statement for " + since + ": " + preview
                + (serverChecksClients ? "" : " (this server, older than PostgreSQL 14, notices that the client"
                + " of a running statement is gone only when the statement ends)");
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
