package io.psm.migrate.jdbc;

import io.psm.migrate.MigrateException;

/**
 * A {@code DATABASE_URL} that cannot be read. The message says what is wrong and shows the URL
 * with its password replaced by {@code ****}.
 */
public class DatabaseUrlException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String redactedUrl;
    private final String problem;

    /**
     * A malformed URL.
     *
     * @param redactedUrl the URL with its password masked, as {@link DatabaseUrl#redact(String)} gives it
     * @param problem     what is wrong with it, for the person who must fix it
     */
    public DatabaseUrlException(String redactedUrl, String problem) {
        super("Invalid database URL '" + redactedUrl + "': " + problem);
        this.redactedUrl = redactedUrl;
        this.problem = problem;
    }

    /** The URL at fault, its password masked. */
    public String redactedUrl() {
        return redactedUrl;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
