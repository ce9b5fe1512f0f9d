package io.psm.migrate.graph;

import java.util.List;

/** {@code head} (or {@code <branch>@head}) asked for where the graph has several heads. */
public final class MultipleHeadsException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final List<String> heads;
    private final String argument;

    /**
     * Creates the exception.
     *
     * @param heads    the heads found
     * @param argument the target that asked for one head, such as {@code head}
     */
    public MultipleHeadsException(List<String> heads, String argument) {
        super("Multiple head revisions are present for given argument '" + argument + "': "
                + String.join(", ", heads) + "; please specify a specific target revision, '<branchname>@"
                + argument + "' to narrow to a specific head, 'heads' for all heads, or merge them with"
                + " 'db merge'");
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    /** The message; the merge command as the front end spells it ({@code 'merge'} standalone). */
    @Override
    public String messageFor(String commandPrefix) {
        return withCommand(getMessage(), "merge", commandPrefix);
    }

    /** The heads found, in id order. */
    public List<String> heads() {
        return heads;
    }

    /** The target that asked for one head. */
    public String argument() {
        return argument;
    }
}
