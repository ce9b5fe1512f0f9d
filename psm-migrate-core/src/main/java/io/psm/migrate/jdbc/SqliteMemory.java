package io.psm.migrate.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the in-memory SQLite database of {@code sqlite://} for the life of the JVM. SQLite drops a
 * shared in-memory database when its last connection closes, and psm-migrate opens one connection
 * per command, so one connection per JVM is opened for it and never closed: the equivalent of H2's
 * {@code DB_CLOSE_DELAY=-1}, which {@code h2:mem:} URLs get. It is the one piece of JVM-wide state
 * here, as the database itself is JVM-wide.
 */
final class SqliteMemory {

    private static final Map<String, Connection> KEPT = new ConcurrentHashMap<>();

    private SqliteMemory() {
    }

    /** Opens the connection that keeps the database of a {@code sqlite://} URL, once per JDBC URL. */
    static void keepOpen(Driver driver, String jdbcUrl, Properties properties) throws SQLException {
        if (!jdbcUrl.startsWith("jdbc:sqlite:" + SqliteUrl.MEMORY) || KEPT.containsKey(jdbcUrl)) {
            return;
        }
        synchronized (KEPT) {
            if (!KEPT.containsKey(jdbcUrl)) {
                Connection keeper = driver.connect(jdbcUrl, properties);
                if (keeper != null) {
                    KEPT.put(jdbcUrl, keeper);
                }
            }
        }
    }
}
