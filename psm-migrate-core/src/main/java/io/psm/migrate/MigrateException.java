package io.psm.migrate;

/**
 * Root of every error psm-migrate reports.
 *
 * <p>Each subclass carries the data of its failure (revisions, file, line, property) and a message
 * written for the person who must fix it: the message names what is at fault and where, and never
 * contains a password. Command-line front ends print {@link #getMessage()} after {@code ERROR: }
 * and exit with status 1.
 */
public abstract class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MigrateException(String message) {
        super(message);
    }

    protected MigrateException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The message, with any command it suggests spelled as the front end at hand runs it:
     * {@link #getMessage()} writes them as inside an application ({@code 'db merge'}), the
     * standalone command line passes {@code ""} ({@code 'merge'}).
     *
     * @param commandPrefix what precedes a command's name: {@code "db "} or {@code ""}
     * @return the message
     */
    public String messageFor(String commandPrefix) {
        return getMessage();
    }

    /**
     * Spells {@code 'db <command>'} of a message as {@code commandPrefix} says, for
     * {@link #messageFor(String)}.
     *
     * @param message       the message, which names the command as {@code 'db <command>'}
     * @param command       the command's name, such as {@code merge}
     * @param commandPrefix what precedes it instead of {@code db }
     * @return the message for that front end
     */
    protected static String withCommand(String message, String command, String commandPrefix) {
        return message.replace("'" + APPLICATION_PREFIX + command + "'", "'" + commandPrefix + command + "'");
    }

    /** How commands are spelled inside an application, as {@link #getMessage()} names them. */
    protected static final String APPLICATION_PREFIX = "db ";
}
