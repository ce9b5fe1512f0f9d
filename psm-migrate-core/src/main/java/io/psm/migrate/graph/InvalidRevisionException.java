package io.psm.migrate.graph;

/** A revision whose own declaration is unusable: a malformed or reserved id, or a parent listed twice. */
public final class InvalidRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String origin;

    /**
     * Creates the exception.
     *
     * @param revision the revision id as declared
     * @param origin   the file or class that declares it
     * @param reason   what is wrong with it
     */
    public InvalidRevisionException(String revision, String origin, String reason) {
        super("Revision '" + revision + "' in " + origin + " is invalid: " + reason);
        this.revision = revision;
        this.origin = origin;
    }

    /** The revision id as declared. */
    public String revision() {
        return revision;
    }

    /** The file or class that declares it. */
    public String origin() {
        return origin;
    }
}
