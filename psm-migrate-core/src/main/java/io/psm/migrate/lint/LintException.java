package io.psm.migrate.lint;

import io.psm.migrate.MigrateException;

/** The lint cannot run as asked: no rules for the database named, no database to read pending revisions from. */
public final class LintException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public LintException(String message) {
        super(message);
    }
}
