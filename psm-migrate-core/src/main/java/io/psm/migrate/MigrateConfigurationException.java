package io.psm.migrate;

/**
 * A configuration that cannot work: no database where one is needed, an option that contradicts
 * another. The message names the setting at fault.
 */
public final class MigrateConfigurationException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and which setting fixes it
     */
    public MigrateConfigurationException(String message) {
        super(message);
    }
}
