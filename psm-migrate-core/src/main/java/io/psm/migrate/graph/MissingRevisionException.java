package io.psm.migrate.graph;

/** A revision names a parent ({@code Revises}) or a {@code Depends On} target that no script declares. */
public final class MissingRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    /** How the revision refers to the missing one. */
    public enum Reference {
        /** Through {@code Revises}: the missing revision is a parent. */
        PARENT("revises"),
        /** Through {@code Depends On}. */
        DEPENDS_ON("depends on");

        private final String verb;

        Reference(String verb) {
            this.verb = verb;
        }
    }

    private final String revision;
    private final String origin;
    private final String missing;
    private final Reference reference;

    /**
     * Creates the exception.
     *
     * @param revision  the revision that refers to the missing one
     * @param origin    the file or class that declares it
     * @param missing   the id (or label) that is not present
     * @param reference whether it is a parent or a {@code Depends On} target
     */
    public MissingRevisionException(String revision, String origin, String missing, Reference reference) {
        super("Revision " + revision + " (" + origin + ") " + reference.verb + " " + missing
                + ", which is not present");
        this.revision = revision;
        this.origin = origin;
        this.missing = missing;
        this.reference = reference;
    }

    /** The revision that refers to the missing one. */
    public String revision() {
        return revision;
    }

    /** The file or class that declares it. */
    public String origin() {
        return origin;
    }

    /** The id (or label) that is not present. */
    public String missing() {
        return missing;
    }

    /** Whether the missing revision is a parent or a {@code Depends On} target. */
    public Reference reference() {
        return reference;
    }
}
