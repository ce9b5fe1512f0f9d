package io.psm.migrate.autogenerate;

import io.psm.migrate.MigrateException;

/** The target model and the database cannot be compared; the message says why and what to change. */
public class AutogenerateException extends MigrateException {

    private static final long serialVersionUID = 1L;

    AutogenerateException(String message) {
        super(message);
    }
}
