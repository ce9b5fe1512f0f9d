package io.psm.migrate.graph;

import java.util.List;

/**
 * Revisions given together (several targets, or the rows of a version table) where one is an
 * ancestor of another, so they cannot all be heads at once.
 */
public final class OverlappingRevisionsException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final List<String> overlaps;

    /**
     * Creates the exception.
     *
     * @param revision the revision whose ancestors include the others
     * @param overlaps the other given revisions below it
     */
    public OverlappingRevisionsException(String revision, List<String> overlaps) {
        super("Requested revision " + revision + " overlaps with other requested revisions "
                + String.join(", ", overlaps) + ": they are its ancestors");
        this.revision = revision;
        this.overlaps = List.copyOf(overlaps);
    }

    /** The revision whose ancestors include the others. */
    public String revision() {
        return revision;
    }

    /** The other given revisions below it, in id order. */
    public List<String> overlaps() {
        return overlaps;
    }
}
