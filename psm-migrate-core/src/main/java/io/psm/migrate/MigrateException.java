package io.psm.migrate;

/**
 * Root of every error psm-migrate reports.
 *
 * <p>Each subclass carries the data of its failure (revisions, file, line, property) and a message
 * written for the person who must fix it: the message names what is at fault and where, and never
 * contains a password. Command-line front ends print {@link #getMessage()} after {@code ERROR: }
 * and exit with status 1.
 */
public abstract class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MigrateException(String message) {
        super(message);
    }

    protected MigrateException(String message, Throwable cause) {
        super(message, cause);
    }
}
