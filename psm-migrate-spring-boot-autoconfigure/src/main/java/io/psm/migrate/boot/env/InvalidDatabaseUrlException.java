package io.psm.migrate.boot.env;

import io.psm.migrate.MigrateException;
import io.psm.migrate.jdbc.DatabaseUrlException;

/**
 * A database URL in the environment that cannot be read. The message names the variable and says
 * what is wrong; the URL it quotes has its password masked.
 */
public class InvalidDatabaseUrlException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    /**
     * A malformed URL.
     *
     * @param variable the environment variable or property that holds it
     * @param cause    the parser's failure, password already masked
     */
    public InvalidDatabaseUrlException(String variable, DatabaseUrlException cause) {
        super(variable + " is not a database URL psm-migrate can read: " + cause.getMessage(), cause);
        this.variable = variable;
    }

    /** The environment variable or property at fault. */
    public String variable() {
        return this.variable;
    }
}
