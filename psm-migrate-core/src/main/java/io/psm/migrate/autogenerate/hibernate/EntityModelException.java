package io.psm.migrate.autogenerate.hibernate;

import io.psm.migrate.MigrateException;

/** The entity model could not be built or read; the message names the entity, table or dialect at fault. */
public class EntityModelException extends MigrateException {

    private static final long serialVersionUID = 1L;

    EntityModelException(String message) {
        super(message);
    }

    EntityModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
