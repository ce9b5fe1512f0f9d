package io.psm.migrate.dialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Waits for a lock by trying it again and again, with growing pauses, up to a deadline; logs the
 * wait and the holder after a second and every few seconds after. One instance per wait.
 */
final class LockPoller {

    private static final Logger LOG = LoggerFactory.getLogger(LockPoller.class);
    private static final long FIRST_REPORT_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private final LockAttempt attempt;
    private final String lockName;
    private final Duration timeout;

    LockPoller(LockAttempt attempt, String lockName, Duration timeout) {
        this.attempt = attempt;
        this.lockName = lockName;
        this.timeout = timeout;
    }

    /**
     * Takes the lock or gives up at the deadline.
     *
     * @return the held lock
     * @throws LockTimeoutException when the deadline passes, naming the holder
     * @throws SQLException         when the database fails, or the thread is interrupted
     */
    DatabaseLock acquire() throws SQLException {
        try {
            return poll();
        } catch (SQLException | RuntimeException e) {
            try {
                attempt.abandon();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private DatabaseLock poll() throws SQLException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + FIRST_REPORT_NANOS;
        boolean reported = false;
        long pause = FIRST_PAUSE_MILLIS;
        while (!attempt.tryAcquire()) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                Optional<LockHolder> holder = holder();
                throw new LockTimeoutException(lockName, timeout, holder.map(LockHolder::description),
                        holder.flatMap(LockHolder::release));
            }
            if (now - nextReport >= 0) {
                LOG.info("Waiting for the migration lock on {}, held by {} ({} of {} waited)", lockName,
                        holder().map(LockHolder::description).orElse("an unnamed session"), Durations.format(Duration.ofNanos(now - start)),
                        Durations.format(timeout));
                reported = true;
                nextReport = now + REPORT_EVERY_NANOS;
            }
            sleep(Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
        String waited = Durations.format(Duration.ofNanos(System.nanoTime() - start));
        if (reported) {
            LOG.info("Took the migration lock on {} after {}", lockName, waited);
        } else {
            LOG.debug("Took the migration lock on {} after {}", lockName, waited);
        }
        return attempt::release;
    }

    private Optional<LockHolder> holder() {
        try {
            return attempt.holder();
        } catch (SQLException e) {
            LOG.debug("Could not name the holder of the migration lock on {}: {}", lockName, e.getMessage());
            return Optional.empty();
        }
    }

    private void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the migration lock on " + lockName, e);
        }
    }
}
