package io.psm.migrate.dialect;

import java.sql.SQLException;
import java.util.Optional;

/** One database's way of trying a lock once, naming its holder and releasing it; {@link LockPoller} does the waiting. */
interface LockAttempt {

    /** Tries once, without waiting long; true when the lock is now held. */
    boolean tryAcquire() throws SQLException;

    /** The session holding the lock, described for people, if the database tells. */
    Optional<LockHolder> holder() throws SQLException;

    /** Releases a held lock and anything opened for it. */
    void release() throws SQLException;

    /** Gives up without the lock: closes anything opened for it. */
    default void abandon() throws SQLException {
    }
}
