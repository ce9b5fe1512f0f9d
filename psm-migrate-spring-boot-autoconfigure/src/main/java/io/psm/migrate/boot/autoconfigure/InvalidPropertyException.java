package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.MigrateException;

/**
 * A {@code psm.migrate.*} setting that cannot work: the message names the property and says what
 * to change. It never shows a password.
 */
public class InvalidPropertyException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * A setting at fault.
     *
     * @param property the property at fault, such as {@code psm.migrate.instances.audit.data-source}
     * @param problem  what is wrong and how to fix it
     */
    public InvalidPropertyException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    /**
     * A setting at fault, with the failure that showed it.
     *
     * @param property the property at fault
     * @param problem  what is wrong and how to fix it
     * @param cause    the failure, whose message must show no password either
     */
    public InvalidPropertyException(String property, String problem, Throwable cause) {
        super(property + ": " + problem, cause);
        this.property = property;
    }

    /** The property at fault. */
    public String property() {
        return this.property;
    }
}
