package io.psm.migrate.dialect;

import io.psm.migrate.MigrateException;

import java.time.Duration;
import java.util.Optional;

/**
 * The migration lock stayed taken by another session for longer than the lock timeout. The message
 * names the lock and, where the database tells, the session holding it.
 */
public class LockTimeoutException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String lock;
    private final Duration timeout;
    private final String holder;

    /**
     * @param lock    the lock, named after the version table it guards
     * @param timeout how long was waited
     * @param holder  the session holding it, as the database describes it, if known
     */
    public LockTimeoutException(String lock, Duration timeout, Optional<String> holder) {
        super("Timed out after " + Durations.format(timeout) + " waiting for the migration lock on " + lock
                + ", held by " + holder.orElse("a session the database does not name")
                + ". Another migration is running: let it finish, or raise the lock timeout.");
        this.lock = lock;
        this.timeout = timeout;
        this.holder = holder.orElse(null);
    }

    /** The lock waited for. */
    public String lock() {
        return lock;
    }

    /** How long was waited. */
    public Duration timeout() {
        return timeout;
    }

    /** The session that held the lock, if the database named it. */
    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }
}
