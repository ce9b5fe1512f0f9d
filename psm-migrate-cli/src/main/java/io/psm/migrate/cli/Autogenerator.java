package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;

/**
 * Compares an application's model with its database: the seam through which an application plugs
 * autogenerate into {@code db migrate}, {@code db check} and {@code db revision --autogenerate}.
 */
@FunctionalInterface
public interface Autogenerator {

    /**
     * The changes that would bring the database that {@code migrate} migrates in line with the
     * model; empty when they already agree.
     *
     * @param migrate the loaded scripts and database, which the implementation may require to be
     *                at its heads (failing with a {@link io.psm.migrate.MigrateException} if not)
     * @return the detected changes and the revision sections that apply and revert them
     */
    ModelChanges compare(PsmMigrate migrate);
}
