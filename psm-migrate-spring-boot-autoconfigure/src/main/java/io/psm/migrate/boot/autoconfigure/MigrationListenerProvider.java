package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.execute.MigrationListener;

/**
 * Gives each instance a listener of its own (metrics tagged by instance, say). Plain
 * {@link MigrationListener} beans hear every instance's steps; beans of this type are asked once
 * per instance.
 */
@FunctionalInterface
public interface MigrationListenerProvider {

    /**
     * The listener for one instance's steps.
     *
     * @param instance the instance's name
     * @return the listener
     */
    MigrationListener listener(String instance);
}
