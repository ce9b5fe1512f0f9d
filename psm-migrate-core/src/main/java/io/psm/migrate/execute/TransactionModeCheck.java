package io.psm.migrate.execute;

import io.psm.migrate.MigrateConfigurationException;
import io.psm.migrate.dialect.Dialect;

import java.util.List;

/** Refuses, before anything runs, a run in one transaction that one transaction cannot undo. */
final class TransactionModeCheck {

    private static final String SETTING = "transaction-mode (--transaction-mode, psm.migrate.transaction-mode)";

    private TransactionModeCheck() {
    }

    /**
     * @param steps   the run's steps, at least one
     * @param dialect the database's dialect
     * @throws MigrateConfigurationException when the database commits DDL, or a step must run outside a transaction
     */
    static void check(List<PreparedStep> steps, Dialect dialect) {
        if (!dialect.transactionalDdl()) {
            throw new MigrateConfigurationException("The " + SETTING + " is all, but this database ("
                    + dialect.name() + ") commits each DDL statement, so one transaction could not undo the revisions"
                    + " before a failure; nothing was run. Use transaction-mode per-revision on this database");
        }
        for (PreparedStep step : steps) {
            if (!step.transactional()) {
                throw new MigrateConfigurationException("The " + SETTING + " is all, but revision " + step.revision()
                        + " (" + step.script().location() + ") is 'Transactional: false': its statements cannot run"
                        + " inside a transaction; nothing was run. Run up to the revision before it with"
                        + " transaction-mode all, then the rest with per-revision");
            }
        }
    }
}
