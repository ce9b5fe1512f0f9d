package io.psm.migrate.graph;

/** A branch label that is malformed, used by two revisions, or equal to a revision id. */
public final class BranchLabelException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String label;
    private final String revision;

    /**
     * Creates the exception.
     *
     * @param label    the label at fault
     * @param revision the revision that declares it
     * @param message  the full message, naming the label, the revisions and their files
     */
    public BranchLabelException(String label, String revision, String message) {
        super(message);
        this.label = label;
        this.revision = revision;
    }

    /** The label at fault. */
    public String label() {
        return label;
    }

    /** The revision that declares it. */
    public String revision() {
        return revision;
    }
}
