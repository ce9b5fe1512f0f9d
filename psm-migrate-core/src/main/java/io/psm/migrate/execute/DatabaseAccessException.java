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

    /** The action of a failure to open a connection. */
    static final String CONNECT = "connect to the database";

    private final String action;

    /**
     * @param action what was being done, as in {@code "read the version table psm_version"}
     * @param cause  the database's failure
     */
    public DatabaseAccessException(String action, SQLException cause) {
        super("Could not " + action + ": " + DatabaseUrl.redact(Messages.oneLine(cause.getMessage())), cause);
        this.action = action;
    }

    /** What was being done, as in {@code "read the version table psm_version"}. */
    public String action() {
        return action;
    }

    /**
     * Whether the database could not be reached at all: no connection could be opened (the server
     * is down or unreachable, the database does not exist, the login was refused).
     */
    public boolean isConnectionFailure() {
        return CONNECT.equals(action);
    }
}
