package io.psm.migrate.execute;

import io.psm.migrate.MigrationContext;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TransactionGuard;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.VersionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs the steps of one migration on one connection: a transactional revision with its version
 * changes and history row in one transaction, a non-transactional one in autocommit followed by a
 * transaction for its version changes and history row. The dialect prepares the connection for each
 * transactional revision and checks its work before the commit ({@link Dialect#guardTransaction}).
 * A failure is rolled back, recorded as a failed history row in a transaction of its own, and
 * thrown as a typed exception.
 */
final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final Connection connection;
    private final Dialect dialect;
    private final VersionTables tables;
    private final StepFailures failures;
    private final MigrationListener listener;
    private final Optional<String> schema;
    private final String user;
    private final Clock clock;

    StepRunner(Connection connection, Dialect dialect, VersionTables tables, StepFailures failures,
            MigrationListener listener, Optional<String> schema, String user, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.tables = tables;
        this.failures = failures;
        this.listener = listener;
        this.schema = schema;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Runs one step and commits it.
     *
     * @return the step with its duration
     * @throws RevisionFailedException       when its statements or code fail
     * @throws io.psm.migrate.MigrateException when its version changes find the table changed
     */
    AppliedStep run(PreparedStep prepared) {
        MigrationStep step = prepared.step();
        listener.beforeStep(step);
        LOG.info("Running {}", step.describe());
        Progress progress = new Progress(System.nanoTime());
        TransactionGuard guard = TransactionGuard.NONE;
        try {
            guard = prepared.transactional() ? dialect.guardTransaction(connection) : TransactionGuard.NONE;
            connection.setAutoCommit(!prepared.transactional());
            runBody(prepared, progress);
            guard.beforeCommit();
            progress.recording();
            connection.setAutoCommit(false);
            record(prepared, progress.elapsed(), true);
            connection.commit();
        } catch (Exception e) {
            RuntimeException failure = fail(prepared, progress, e);
            closeAfterFailure(guard, failure);
            listener.stepFailed(step, failure);
            throw failure;
        }
        close(guard, prepared);
        Duration duration = progress.elapsed();
        LOG.info("Finished {} in {}", step.describe(), Durations.format(duration));
        listener.afterStep(step, duration);
        return new AppliedStep(step, duration);
    }

    /** Ends the dialect's preparation of a revision that committed. */
    private static void close(TransactionGuard guard, PreparedStep prepared) {
        try {
            guard.close();
        } catch (SQLException e) {
            throw new DatabaseAccessException("restore the connection's settings after revision " + prepared.revision(), e);
        }
    }

    private static void closeAfterFailure(TransactionGuard guard, RuntimeException failure) {
        try {
            guard.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void runBody(PreparedStep prepared, Progress progress) throws Exception {
        if (prepared.body() instanceof ScriptBody.JavaBody java) {
            LOG.debug("{}: running {}", prepared.revision(), java.className());
            java.action().run(new MigrationContext(connection, prepared.revision(), schema.orElse(null)));
            return;
        }
        for (SqlStatement statement : prepared.statements()) {
            if (statement.transactionControl() && prepared.transactional()) {
                LOG.debug("{} line {}: skipping {}, as the revision runs in a transaction of its own",
                        prepared.script().location(), statement.line(), statement.sql());
                continue;
            }
            progress.starting(statement);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} line {}: {}", prepared.script().location(), statement.line(), Messages.masked(statement.sql()));
            }
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            }
            progress.finished(statement);
        }
    }

    private void record(PreparedStep prepared, Duration duration, boolean success) throws SQLException {
        if (success) {
            for (VersionChange change : prepared.step().versionChanges()) {
                LOG.debug("{}: {}", tables.versionTable(), change);
                tables.apply(connection, change);
            }
        }
        MigrationStep step = prepared.step();
        tables.record(connection, new HistoryEntry(step.revision().id(), step.revision().downRevisions(),
                HistoryAction.of(step.direction()), step.revision().message(), prepared.script().checksum(),
                clock.instant(), user, duration, success));
    }

    private RuntimeException fail(PreparedStep prepared, Progress progress, Exception cause) {
        RuntimeException failure = failures.describe(prepared, progress, cause);
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        recordFailure(prepared, progress, failure);
        return failure;
    }

    /** A failed history row, in a transaction of its own; a failure to write it is logged, not thrown. */
    private void recordFailure(PreparedStep prepared, Progress progress, RuntimeException failure) {
        try {
            connection.setAutoCommit(false);
            record(prepared, progress.elapsed(), false);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not record the failure of revision {} in {}: {}", prepared.revision(),
                    tables.historyTable(), Messages.oneLine(e.getMessage()));
            failure.addSuppressed(e);
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                failure.addSuppressed(ignored);
            }
        }
    }
}
