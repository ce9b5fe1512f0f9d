package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.MigrateException;

/**
 * The application's entity model cannot be read for autogenerate: no Hibernate metamodel was
 * captured, or several were. The message says which and what to do.
 */
public final class EntityModelUnavailableException extends MigrateException {

    private static final long serialVersionUID = 1L;

    EntityModelUnavailableException(String message) {
        super(message);
    }
}
