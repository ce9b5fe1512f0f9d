package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;
import java.util.List;

/** Tells several listeners about each step, in order. */
final class CompositeMigrationListener implements MigrationListener {

    private final List<MigrationListener> listeners;

    CompositeMigrationListener(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void beforeStep(MigrationStep step) {
        this.listeners.forEach(listener -> listener.beforeStep(step));
    }

    @Override
    public void afterStep(MigrationStep step, Duration duration) {
        this.listeners.forEach(listener -> listener.afterStep(step, duration));
    }

    @Override
    public void stepFailed(MigrationStep step, Exception failure) {
        this.listeners.forEach(listener -> listener.stepFailed(step, failure));
    }
}
