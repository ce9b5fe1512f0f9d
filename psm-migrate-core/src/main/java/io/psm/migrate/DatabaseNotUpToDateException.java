package io.psm.migrate;

import java.util.List;

/**
 * The database is not at the heads of the revision graph, so comparing it with the model would
 * describe changes that pending revisions already make: Alembic's "Target database is not up to
 * date." Nothing was compared or written.
 */
public final class DatabaseNotUpToDateException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final List<String> current;
    private final List<String> heads;

    /**
     * @param current the database's revisions, empty for an empty database
     * @param heads   the heads of the revision graph
     */
    public DatabaseNotUpToDateException(List<String> current, List<String> heads) {
        super("Target database is not up to date: it is at " + describe(current) + ", the revisions' heads are "
                + describe(heads) + "; upgrade it to its heads first");
        this.current = List.copyOf(current);
        this.heads = List.copyOf(heads);
    }

    /** The database's revisions, in id order; empty for an empty database. */
    public List<String> current() {
        return current;
    }

    /** The heads of the revision graph, in id order. */
    public List<String> heads() {
        return heads;
    }

    private static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }
}
