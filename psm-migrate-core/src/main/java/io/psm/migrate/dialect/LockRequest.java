package io.psm.migrate.dialect;

import java.time.Duration;
import java.util.Objects;

/**
 * What lock to take and how long to wait for it.
 *
 * @param versionTable the version table the lock guards: one lock per schema and version table
 * @param timeout      the longest wait; zero means one attempt
 */
public record LockRequest(TableName versionTable, Duration timeout) {

    /** Checks the table is given and the timeout is not negative. */
    public LockRequest {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must not be negative: " + timeout);
        }
    }
}
