package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.TransactionMode;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The options every command line has for how a run waits and frames its transactions and how new
 * scripts are named, applied over the environment's configuration (so {@code db --lock-timeout} wins
 * over {@code psm.migrate.lock-timeout}).
 *
 * @param lockTimeout     {@code --lock-timeout}, if given
 * @param transactionMode {@code --transaction-mode}, if given
 * @param fileTemplate    {@code --file-template}, if given
 */
record RunOptions(Optional<Duration> lockTimeout, Optional<TransactionMode> transactionMode,
        Optional<String> fileTemplate) {

    RunOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
    }

    /** Sets what was given on the builder. */
    PsmMigrate.Builder applyTo(PsmMigrate.Builder builder) {
        lockTimeout.ifPresent(builder::lockTimeout);
        transactionMode.ifPresent(builder::transactionMode);
        fileTemplate.ifPresent(builder::fileTemplate);
        return builder;
    }
}
