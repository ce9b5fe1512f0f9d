package io.psm.migrate.graph;

/** A relative target that walks off the graph: below base, above a head, or from no revision. */
public final class RelativeWalkException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String argument;
    private final int steps;

    /**
     * Creates the exception.
     *
     * @param argument the relative target, such as {@code -5} or {@code head+1}
     * @param steps    the number of steps it asked for, signed
     */
    public RelativeWalkException(String argument, int steps) {
        super("Relative revision " + argument + " didn't produce " + Math.abs(steps) + " migrations");
        this.argument = argument;
        this.steps = steps;
    }

    /** The relative target. */
    public String argument() {
        return argument;
    }

    /** The number of steps it asked for: positive up, negative down. */
    public int steps() {
        return steps;
    }
}
