package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;

/**
 * A step of a plan that cannot run, found before any step runs: a downgrade through a revision
 * without a downgrade section, a revision with no script, or a Java migration in an offline script.
 */
public class StepNotRunnableException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /** Why the step cannot run. */
    public enum Reason {
        /** The revision has no downgrade section (or its Java migration no downgrade). */
        NO_DOWNGRADE,
        /** The plan names a revision no loaded script provides. */
        NO_SCRIPT,
        /** A Java migration cannot be written as SQL for {@code --sql}. */
        NOT_RENDERABLE
    }

    private final String revision;
    private final String location;
    private final Reason reason;

    StepNotRunnableException(String revision, String location, Reason reason, String message) {
        super(message);
        this.revision = revision;
        this.location = location;
        this.reason = reason;
    }

    /** The revision at fault. */
    public String revision() {
        return revision;
    }

    /** Its file or class, as far as known. */
    public String location() {
        return location;
    }

    /** Why it cannot run. */
    public Reason reason() {
        return reason;
    }
}
