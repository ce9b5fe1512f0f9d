package io.psm.migrate.graph;

import java.util.List;

/**
 * A relative target ({@code +1}, {@code head-2}, {@code -1}) that would have to choose a way: up
 * from a branch point, down from a merge point, or from several current revisions.
 */
public final class AmbiguousWalkException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String argument;
    private final String position;
    private final List<String> choices;

    /**
     * Creates the exception.
     *
     * @param argument the relative target
     * @param position where the walk had to choose: a revision id, {@code base}, or a phrase such
     *                 as {@code the current revisions}
     * @param choices  the ways it could go
     */
    public AmbiguousWalkException(String argument, String position, List<String> choices) {
        super("Ambiguous walk for '" + argument + "' at " + position + ": it could go to "
                + String.join(", ", choices) + "; name a branch ('<branchname>@" + argument
                + "') or a revision instead");
        this.argument = argument;
        this.position = position;
        this.choices = List.copyOf(choices);
    }

    /** The relative target. */
    public String argument() {
        return argument;
    }

    /** Where the walk had to choose. */
    public String position() {
        return position;
    }

    /** The ways it could go, in id order. */
    public List<String> choices() {
        return choices;
    }
}
