package io.psm.migrate.graph;

import java.util.List;

/**
 * Revisions that revise or depend on each other in a circle, so no order can apply them; one
 * revision for a self-loop (a revision that revises or depends on itself).
 */
public final class CycleException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    private CycleException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /**
     * A cycle of several revisions.
     *
     * @param revisions the revisions on the cycle, each revising or depending on the one before it
     *                  and the first on the last
     * @param origins   their files or classes, in the same order
     * @return the exception
     */
    public static CycleException of(List<String> revisions, List<String> origins) {
        return new CycleException("Cycle is detected in revisions (" + String.join(", ", revisions) + ") in "
                + String.join(", ", origins) + ": each revises or depends on the one before it, and "
                + revisions.get(0) + " on " + revisions.get(revisions.size() - 1), revisions);
    }

    /**
     * A self-loop.
     *
     * @param revision the revision that names itself
     * @param origin   its file or class
     * @param verb     {@code revises} or {@code depends on}
     * @return the exception
     */
    public static CycleException selfLoop(String revision, String origin, String verb) {
        return new CycleException("Self-loop is detected in revision " + revision + " (" + origin + "): it "
                + verb + " itself", List.of(revision));
    }

    /** The revisions on the cycle, in upgrade order; one for a self-loop. */
    public List<String> revisions() {
        return revisions;
    }
}
