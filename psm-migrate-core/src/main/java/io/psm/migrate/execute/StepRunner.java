package io.psm.migrate.execute;

import io.psm.migrate.MigrationContext;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.dialect.TransactionGuard;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.HistoryState;
import io.psm.migrate.version.Interruption;
import io.psm.migrate.version.VersionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs the steps of one migration on one connection.
 *
 * <p>Per revision ({@link #runEach}): a transactional revision with its version changes and
 * history row in one transaction; a non-transactional one in autocommit, followed by a transaction
 * for its version changes and history row. Where a step's statements commit as they run (outside a
 * transaction, or DDL on a database that commits it), a {@code running} history row is committed
 * first and keeps the statements done and the one starting, so that a killed run leaves its
 * trace. A failure is rolled back, recorded as a {@code failed} row in a transaction of its own
 * (with the statements that stayed applied), and thrown as a typed exception.
 *
 * <p>As one ({@link #runAll}): every step, version change and history row in one transaction,
 * committed at the end; a failure rolls all of it back and records nothing.
 *
 * <p>The dialect prepares the connection before each transaction of revisions begins and checks
 * each revision's work before it is recorded ({@link Dialect#guardTransaction}, SQLite's foreign
 * keys); the preparation is undone after the commit or rollback.
 */
final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final Connection connection;
    private final VersionTables tables;
    private final Dialect dialect;
    private final StepFailures failures;
    private final MigrationListener listener;
    private final Optional<String> schema;
    private final String user;
    private final Clock clock;

    StepRunner(Connection connection, VersionTables tables, Dialect dialect, MigrationListener listener,
            Optional<String> schema, String user, Clock clock) {
        this.connection = connection;
        this.tables = tables;
        this.dialect = dialect;
        this.failures = new StepFailures(dialect, tables.versionTable().toString());
        this.listener = listener;
        this.schema = schema;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Runs each step in a transaction of its own, committing it before the next.
     *
     * @return the steps with their durations
     * @throws RevisionFailedException         when a step's statements or code fail; the steps before it stay
     * @throws io.psm.migrate.MigrateException when its version changes find the table changed
     */
    List<AppliedStep> runEach(List<PreparedStep> steps) {
        List<AppliedStep> applied = new ArrayList<>();
        for (PreparedStep step : steps) {
            applied.add(runOne(step));
        }
        return List.copyOf(applied);
    }

    /**
     * Runs every step in one transaction, committed after the last one.
     *
     * @return the steps with their durations
     * @throws RevisionFailedException  when a step fails; the whole run is rolled back
     * @throws DatabaseAccessException when the final commit fails (a deferred constraint, say); rolled back too
     */
    List<AppliedStep> runAll(List<PreparedStep> steps) {
        List<AppliedStep> applied = new ArrayList<>();
        TransactionGuard guard;
        try {
            guard = dialect.guardTransaction(connection);
        } catch (SQLException e) {
            throw new DatabaseAccessException("prepare the connection for the transaction of the run", e);
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            DatabaseAccessException failure = new DatabaseAccessException("start the transaction of the run", e);
            closeAfterFailure(guard, failure);
            throw failure;
        }
        for (PreparedStep prepared : steps) {
            MigrationStep step = prepared.step();
            listener.beforeStep(step);
            LOG.info("Running {}", step.describe());
            Progress progress = new Progress(System.nanoTime());
            try {
                runBody(prepared, progress, OptionalLong.empty());
                guard.beforeCommit();
                progress.recording();
                applyVersionChanges(prepared);
                tables.record(connection, entry(prepared, HistoryState.APPLIED, Optional.empty(), progress.elapsed()));
            } catch (Exception e) {
                RuntimeException failure = failures.describeRolledBack(prepared, progress, e);
                rollback(failure);
                closeAfterFailure(guard, failure);
                listener.stepFailed(step, failure);
                throw failure;
            }
            LOG.info("Ran {} in {}", step.describe(), Durations.format(progress.elapsed()));
            applied.add(new AppliedStep(step, progress.elapsed()));
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            DatabaseAccessException failure = new DatabaseAccessException("commit the run of " + applied.size()
                    + " revisions (transaction mode all); it was rolled back", e);
            rollback(failure);
            closeAfterFailure(guard, failure);
            throw failure;
        }
        close(guard, "the run of " + applied.size() + " revisions");
        applied.forEach(done -> listener.afterStep(done.step(), done.duration()));
        return List.copyOf(applied);
    }

    /** Runs one step and commits it. */
    private AppliedStep runOne(PreparedStep prepared) {
        MigrationStep step = prepared.step();
        listener.beforeStep(step);
        LOG.info("Running {}", step.describe());
        Progress progress = new Progress(System.nanoTime());
        OptionalLong row = OptionalLong.empty();
        TransactionGuard guard = TransactionGuard.NONE;
        try {
            if (prepared.transactional()) {
                guard = dialect.guardTransaction(connection);
            }
            if (commitsAsItRuns(prepared)) {
                connection.setAutoCommit(true);
                row = OptionalLong.of(tables.recordStart(connection,
                        entry(prepared, HistoryState.RUNNING, Optional.of(progress.now()), Duration.ZERO)));
            }
            connection.setAutoCommit(!prepared.transactional());
            runBody(prepared, progress, row);
            guard.beforeCommit();
            progress.recording();
            connection.setAutoCommit(false);
            applyVersionChanges(prepared);
            writeRow(row, entry(prepared, HistoryState.APPLIED, Optional.empty(), progress.elapsed()));
            connection.commit();
        } catch (Exception e) {
            RuntimeException failure = fail(prepared, progress, row, e);
            closeAfterFailure(guard, failure);
            listener.stepFailed(step, failure);
            throw failure;
        }
        close(guard, "revision " + prepared.revision());
        Duration duration = progress.elapsed();
        LOG.info("Finished {} in {}", step.describe(), Durations.format(duration));
        listener.afterStep(step, duration);
        return new AppliedStep(step, duration);
    }

    /** Ends the dialect's preparation of a transaction that committed. */
    private static void close(TransactionGuard guard, String what) {
        try {
            guard.close();
        } catch (SQLException e) {
            throw new DatabaseAccessException("restore the connection's settings after " + what, e);
        }
    }

    /** Ends the dialect's preparation of a transaction that failed; a failure to do so is added to the first. */
    private static void closeAfterFailure(TransactionGuard guard, RuntimeException failure) {
        try {
            guard.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Whether statements of the step take effect before its end: outside a transaction, or DDL that commits. */
    private boolean commitsAsItRuns(PreparedStep prepared) {
        return !prepared.transactional() || !dialect.transactionalDdl();
    }

    private void runBody(PreparedStep prepared, Progress progress, OptionalLong row) throws Exception {
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
            if (row.isPresent()) {
                tables.recordProgress(connection, row.getAsLong(), progress.now());
            }
            execute(prepared, statement);
            progress.finished(statement);
        }
    }

    /** Runs one statement of a script. */
    private void execute(PreparedStep prepared, SqlStatement statement) throws SQLException {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} line {}: {}", prepared.script().location(), statement.line(), Messages.masked(statement.sql()));
        }
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        }
    }

    private void applyVersionChanges(PreparedStep prepared) throws SQLException {
        for (VersionChange change : prepared.step().versionChanges()) {
            LOG.debug("{}: {}", tables.versionTable(), change);
            tables.apply(connection, change);
        }
    }

    /** The step's outcome: into its running row when it has one, else as a new row. */
    private void writeRow(OptionalLong row, HistoryEntry entry) throws SQLException {
        if (row.isPresent()) {
            tables.recordOutcome(connection, row.getAsLong(), entry);
        } else {
            tables.record(connection, entry);
        }
    }

    private HistoryEntry entry(PreparedStep prepared, HistoryState state, Optional<Interruption> stop, Duration duration) {
        MigrationStep step = prepared.step();
        return new HistoryEntry(step.revision().id(), step.revision().downRevisions(), HistoryAction.of(step.direction()),
                step.revision().message(), prepared.script().checksum(), clock.instant(), user, duration, state, stop);
    }

    private RuntimeException fail(PreparedStep prepared, Progress progress, OptionalLong row, Exception cause) {
        StepFailures.Failure failure = failures.describe(prepared, progress, cause);
        rollback(failure.exception());
        recordFailure(prepared, row, failure, progress.elapsed());
        return failure.exception();
    }

    private void rollback(RuntimeException failure) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A failed history row, in a transaction of its own; a failure to write it is logged, not thrown. */
    private void recordFailure(PreparedStep prepared, OptionalLong row, StepFailures.Failure failure, Duration elapsed) {
        RuntimeException exception = failure.exception();
        try {
            connection.setAutoCommit(false);
            writeRow(row, entry(prepared, HistoryState.FAILED, Optional.of(failure.record()), elapsed));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The failure of revision {} could not be recorded in {} ({}){}", prepared.revision(),
                    tables.historyTable(), Messages.oneLine(e.getMessage()),
                    row.isPresent() ? "; its row there still says it is running" : "");
            exception.addSuppressed(e);
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                exception.addSuppressed(ignored);
            }
        }
    }
}
