package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.MigrateException;

import java.util.List;

/**
 * Start-up in {@link MigrationMode#VALIDATE} mode found revisions that the database has not
 * applied yet. The message names the instance, the database (password masked), its current
 * revisions and the pending ones.
 */
public class PendingRevisionsException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String instance;
    private final List<String> current;
    private final List<String> pending;

    /**
     * A database behind its scripts.
     *
     * @param instance the instance's name
     * @param database the database, its password masked
     * @param target   the target it was validated against
     * @param current  its current revisions
     * @param pending  the revisions an upgrade to the target would run
     */
    public PendingRevisionsException(String instance, String database, String target, List<String> current,
            List<String> pending) {
        super(message(instance, database, target, current, pending));
        this.instance = instance;
        this.current = List.copyOf(current);
        this.pending = List.copyOf(pending);
    }

    private static String message(String instance, String database, String target, List<String> current,
            List<String> pending) {
        String at = current.isEmpty() ? "an empty database (base)" : String.join(", ", current);
        return "Database '" + instance + "' (" + database + ") is at " + at + " and " + pending.size()
                + (pending.size() == 1 ? " revision is" : " revisions are") + " pending for target '" + target
                + "': " + String.join(", ", pending) + ". Mode validate applies nothing: upgrade the database first"
                + " (the migration job, or 'db upgrade'), or set " + PropertyNames.of(instance, "mode") + "=upgrade.";
    }

    /** The instance whose database is behind. */
    public String instance() {
        return this.instance;
    }

    /** The database's current revisions. */
    public List<String> current() {
        return this.current;
    }

    /** The revisions that are pending, in the order an upgrade would run them. */
    public List<String> pending() {
        return this.pending;
    }
}
