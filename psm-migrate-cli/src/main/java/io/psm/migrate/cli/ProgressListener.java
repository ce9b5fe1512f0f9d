package io.psm.migrate.cli;

import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.plan.MigrationStep;

/** Logs each step as Alembic does, before it runs: {@code Running upgrade  -> a, msg}. */
final class ProgressListener implements MigrationListener {

    private final Session session;

    ProgressListener(Session session) {
        this.session = session;
    }

    @Override
    public void beforeStep(MigrationStep step) {
        session.log("Running " + step.describe());
    }
}
