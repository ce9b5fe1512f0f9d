package io.psm.migrate.boot.command;

import io.psm.migrate.MigrateException;

/**
 * A {@code db} command would run on a database nobody configured: Spring Boot's in-memory
 * fallback, created for the command alone and gone when it ends. The message says how to name one.
 */
final class NoDatabaseConfiguredException extends MigrateException {

    private static final long serialVersionUID = 1L;

    NoDatabaseConfiguredException(String url) {
        super("No database is configured, so this command would run on an in-memory database of its own ("
                + url + "), empty and gone when it ends: set DATABASE_URL (as in postgresql://host:5432/db or"
                + " h2:file:./data/app) or spring.datasource.url (in application.properties, or"
                + " --spring.datasource.url=jdbc:...)");
    }
}
