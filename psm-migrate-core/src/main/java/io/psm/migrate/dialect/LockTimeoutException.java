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
        this(lock, timeout, holder, Optional.empty());
    }

    /**
     * @param lock    the lock, named after the version table it guards
     * @param timeout how long was waited
     * @param holder  the session holding it, as the database describes it, if known
     * @param release how to end the holder's session by hand if its process is gone, where the
     *                database cannot tell by itself ({@code SELECT pg_terminate_backend(4242)})
     */
    public LockTimeoutException(String lock, Duration timeout, Optional<String> holder, Optional<String> release) {
        super("Timed out after " + Durations.format(timeout) + " waiting for the migration lock on " + lock
                + ", held by " + holder.orElse("a session the database does not name") + ". " + advice(release));
        this.lock = lock;
        this.timeout = timeout;
        this.holder = holder.orElse(null);
    }

    private static String advice(Optional<String> release) {
        String wait = "If that migration is still running, let it finish and run again, or wait longer"
                + " (--lock-timeout, psm.migrate.lock-timeout)";
        return release.map(how -> wait + "; if the process that started it is gone, end its session: " + how)
                .orElse(wait) + ".";
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
