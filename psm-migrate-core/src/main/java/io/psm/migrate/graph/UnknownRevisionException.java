package io.psm.migrate.graph;

import java.util.List;

/**
 * A target or current revision that names no revision: unknown, an ambiguous prefix, a prefix
 * shorter than four characters, an unknown branch, or a revision outside the named branch.
 */
public sealed class UnknownRevisionException extends RevisionGraphException permits UnknownCurrentRevisionException {

    private static final long serialVersionUID = 1L;

    private final String argument;
    private final List<String> candidates;

    /**
     * Creates the exception.
     *
     * @param argument   the text that could not be resolved
     * @param detail     why, appended after the standard message; empty for none
     * @param candidates the revisions an ambiguous prefix matches; empty otherwise
     */
    public UnknownRevisionException(String argument, String detail, List<String> candidates) {
        this(argument, "; ", detail, candidates);
    }

    UnknownRevisionException(String argument, String separator, String detail, List<String> candidates) {
        super("Can't locate revision identified by '" + argument + "'" + (detail.isEmpty() ? "" : separator + detail));
        this.argument = argument;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * An unknown revision, with a reason.
     *
     * @param argument the text that could not be resolved
     * @param detail   why; empty for none
     * @return the exception
     */
    public static UnknownRevisionException of(String argument, String detail) {
        return new UnknownRevisionException(argument, detail, List.of());
    }

    /** The text that could not be resolved. */
    public String argument() {
        return argument;
    }

    /** The revisions an ambiguous prefix matches, in id order; empty when it was not ambiguous. */
    public List<String> candidates() {
        return candidates;
    }
}
