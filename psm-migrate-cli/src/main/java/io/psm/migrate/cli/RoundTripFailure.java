package io.psm.migrate.cli;

import io.psm.migrate.MigrateException;

/** A revision that {@code verify} could not upgrade, downgrade and upgrade again to the same schema. */
final class RoundTripFailure extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;

    RoundTripFailure(String revision, String location, String problem, Throwable cause) {
        super("Revision " + revision + " (" + location + ") does not round-trip: " + problem, cause);
        this.revision = revision;
        this.location = location;
    }

    /** The revision at fault. */
    String revision() {
        return revision;
    }

    /** Its script. */
    String location() {
        return location;
    }
}
