package io.psm.migrate.graph;

import io.psm.migrate.MigrateException;

/**
 * Root of the errors of the revision graph: a graph that cannot be built (found before anything
 * runs) and a target that names no revision, or more than one where one is needed.
 */
public abstract class RevisionGraphException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, for the person who must fix it
     */
    protected RevisionGraphException(String message) {
        super(message);
    }
}
