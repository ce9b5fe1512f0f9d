package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.sql.SQLException;

/**
 * The database failed outside any revision: connecting, locking, creating or reading the version
 * and history tables. The message says what was being done and what the database said, with any
 * URL's password masked.
 */
public class DatabaseAccessException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param action what was being done, as in {@code "read the version table psm_version"}
     * @param cause  the database's failure
     */
    public DatabaseAccessException(String action, SQLException cause) {
        super("Could not " + action + ": " + DatabaseUrl.redact(Messages.oneLine(cause.getMessage())), cause);
    }
}
