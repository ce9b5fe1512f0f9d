package io.psm.migrate.graph;

import java.util.List;

/**
 * The database is at a revision that the migration scripts do not contain: its version table names
 * a revision this graph lacks. Either the scripts are older than the database (a jar built before
 * the revision was written, a checkout behind the one that upgraded it), or a newer build upgraded
 * the database. Carries what an explanation needs: the unknown revisions and this graph's heads.
 */
public final class UnknownCurrentRevisionException extends UnknownRevisionException {

    private static final long serialVersionUID = 1L;

    private final List<String> unknown;
    private final List<String> heads;

    /**
     * Creates the exception.
     *
     * @param unknown the database's current revisions that the graph lacks, at least one
     * @param heads   the graph's heads
     */
    public UnknownCurrentRevisionException(List<String> unknown, List<String> heads) {
        super(unknown.get(0), ": ", "the database is at " + (unknown.size() == 1 ? "this revision" : "revisions "
                + String.join(", ", unknown)) + ", which the migration scripts do not contain", List.of());
        this.unknown = List.copyOf(unknown);
        this.heads = List.copyOf(heads);
    }

    /** The database's current revisions that the scripts do not contain, in the version table's order. */
    public List<String> unknownRevisions() {
        return unknown;
    }

    /** The heads of the scripts' graph: what the database would be at with these scripts. */
    public List<String> heads() {
        return heads;
    }
}
