package io.psm.migrate.graph;

import java.util.List;

/** Two scripts declare the same revision id. */
public final class DuplicateRevisionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final List<String> origins;

    /**
     * Creates the exception.
     *
     * @param revision the id declared more than once
     * @param origins  the files or classes that declare it
     */
    public DuplicateRevisionException(String revision, List<String> origins) {
        super("Revision " + revision + " is present more than once: in " + String.join(" and ", origins));
        this.revision = revision;
        this.origins = List.copyOf(origins);
    }

    /** The id declared more than once. */
    public String revision() {
        return revision;
    }

    /** The files or classes that declare it. */
    public List<String> origins() {
        return origins;
    }
}
