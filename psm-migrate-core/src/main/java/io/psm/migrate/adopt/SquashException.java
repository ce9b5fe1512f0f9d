package io.psm.migrate.adopt;

import io.psm.migrate.MigrateException;

/**
 * A squash that cannot be done: a range that is not linear (a branch or merge inside, a revision
 * outside that depends on one inside), a Java migration or a revision outside a transaction in
 * it, or files that cannot be replaced. Nothing was written or removed.
 */
public final class SquashException extends MigrateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the revisions and files
     */
    public SquashException(String message) {
        super(message);
    }
}
