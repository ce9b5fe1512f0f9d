package io.psm.migrate.dialect;

import io.psm.migrate.MigrateException;

/** A database, URL or dialect name psm-migrate has no dialect for; the message names it and the supported ones. */
public class UnsupportedDatabaseException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String database;

    /**
     * @param database what was asked for: a product name and version, a URL (password masked) or a name
     * @param message  the full message
     */
    UnsupportedDatabaseException(String database, String message) {
        super(message);
        this.database = database;
    }

    /** The product, URL or name that has no dialect. */
    public String database() {
        return database;
    }
}
