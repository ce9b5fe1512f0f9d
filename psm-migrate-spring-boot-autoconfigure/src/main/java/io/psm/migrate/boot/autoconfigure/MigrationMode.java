package io.psm.migrate.boot.autoconfigure;

/**
 * What psm-migrate does with a database when the application starts ({@code psm.migrate.mode}).
 */
public enum MigrationMode {

    /** Applies the pending revisions up to the target: the default, one application that migrates itself. */
    UPGRADE,

    /**
     * Applies nothing and fails start-up when revisions are pending, for fleets where one job
     * migrates and the instances only check.
     */
    VALIDATE,

    /** Does nothing on start-up; the endpoint, health indicator and {@code db} commands still work. */
    OFF
}
