package io.psm.migrate.boot.command;

import io.psm.migrate.MigrateException;

import java.util.Locale;

/**
 * A {@code db} command would run on a database nobody configured: Spring Boot's in-memory
 * fallback, created for the command alone and gone when it ends. The message says how to name one.
 */
final class NoDatabaseConfiguredException extends MigrateException {

    private static final long serialVersionUID = 1L;

    NoDatabaseConfiguredException(String url) {
        super("No database is configured, so this command would run on an in-memory " + product(url)
                + " database of its own, empty and gone when it ends: set DATABASE_URL (as in postgresql://host:5432/db or"
                + " h2:file:./data/app) or spring.datasource.url (in application.properties, or"
                + " --spring.datasource.url=jdbc:...)");
    }

    /** The database Spring Boot made up: {@code jdbc:h2:mem:…} is H2's. */
    private static String product(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "H2";
        }
        if (lower.startsWith("jdbc:hsqldb:")) {
            return "HSQLDB";
        }
        return lower.startsWith("jdbc:derby:") ? "Derby" : "embedded";
    }
}
