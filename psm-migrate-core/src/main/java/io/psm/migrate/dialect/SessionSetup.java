package io.psm.migrate.dialect;

import java.sql.SQLException;

/**
 * What a dialect changed on a connection for one migration session
 * ({@link Dialect#prepareSession}), undone by {@link #restore()} when the session ends, for a
 * connection that returns to a pool.
 */
@FunctionalInterface
public interface SessionSetup {

    /** The setup that changed nothing. */
    SessionSetup NONE = () -> {
    };

    /**
     * Puts the connection's previous settings back.
     *
     * @throws SQLException when the database refuses
     */
    void restore() throws SQLException;
}
