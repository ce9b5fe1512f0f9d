package io.psm.migrate.graph;

/**
 * A target that is not valid here: malformed text, a history range that is no range, a
 * destination that is not below the current revisions, or a form the operation does not accept.
 */
public final class InvalidTargetException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String target;

    /**
     * Creates the exception.
     *
     * @param target the target or range as given
     * @param reason what is wrong with it; the message quotes the target first
     */
    public InvalidTargetException(String target, String reason) {
        super("Invalid target '" + target + "': " + reason);
        this.target = target;
    }

    /** The target or range as given. */
    public String target() {
        return target;
    }
}
