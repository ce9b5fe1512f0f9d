package io.psm.migrate.version;

import io.psm.migrate.MigrateException;

/**
 * The version table did not hold what the plan expected: another process changed it since it was
 * read, or it was edited by hand. The message names the table, the revision and what was found.
 */
public class VersionTableException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final String revision;

    VersionTableException(String table, String revision, String message, Throwable cause) {
        super(message, cause);
        this.table = table;
        this.revision = revision;
    }

    /** The version table, as configured. */
    public String table() {
        return table;
    }

    /** The revision whose row was not as expected. */
    public String revision() {
        return revision;
    }
}
