package io.psm.migrate.dialect;

import java.sql.SQLException;

/**
 * The migration lock, held until closed. Close it once, on the thread that took it, before closing
 * the connection it was taken on.
 */
public interface DatabaseLock extends AutoCloseable {

    /**
     * Releases the lock.
     *
     * @throws SQLException when the database cannot be told; the lock is then released when the
     *                      session ends
     */
    @Override
    void close() throws SQLException;
}
