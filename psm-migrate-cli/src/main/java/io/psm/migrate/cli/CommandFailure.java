package io.psm.migrate.cli;

import io.psm.migrate.MigrateException;

/**
 * A command that cannot do what was asked, for a reason the command itself finds (a directory
 * that does not exist, a range where none is allowed); the message says what and where.
 */
final class CommandFailure extends MigrateException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
