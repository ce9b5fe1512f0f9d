package io.psm.migrate.adopt;

import io.psm.migrate.MigrateException;

/**
 * The database is at a revision that a squash replaced: the scripts no longer hold it, only the
 * squashed revision that lists it under {@code Replaces:}. The message says how to proceed.
 */
public final class SquashedRevisionException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String current;
    private final String squashed;

    /**
     * @param current  the database's revision, which was replaced
     * @param squashed the revision that replaced it
     * @param location that revision's file
     */
    public SquashedRevisionException(String current, String squashed, String location) {
        super("The database is at revision " + current + ", which was squashed into revision " + squashed + " ("
                + location + "); the scripts no longer hold the revisions between. Bring this database to " + squashed
                + " with the scripts from before the squash (check out the commit before it and run 'upgrade "
                + squashed + "'), then carry on with these; or, if its schema already is that of " + squashed
                + ", run 'stamp --purge " + squashed + "'");
        this.current = current;
        this.squashed = squashed;
    }

    /** The database's revision, which was replaced. */
    public String current() {
        return current;
    }

    /** The revision that replaced it. */
    public String squashed() {
        return squashed;
    }
}
