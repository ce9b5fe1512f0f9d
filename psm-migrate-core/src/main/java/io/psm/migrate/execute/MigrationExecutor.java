package io.psm.migrate.execute;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.UnfinishedSteps;
import io.psm.migrate.version.VersionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Runs migrations against one database.
 *
 * <p>Each call opens one connection from the data source (H2's lock takes a second one) and
 * closes it before returning; the caller keeps owning the data source. {@link #migrate},
 * {@link #stamp} and {@link #repair} plan without the lock first, then take the migration lock, read
 * the current heads and history again and only then ask the caller what to do, so concurrent
 * runners plan from what the previous one left; only then do they switch to the configured schema
 * (creating it when missing) and create the version and history tables when missing, as Alembic
 * does for any run that succeeds. A command that fails before it starts leaves nothing behind.
 * {@link #readState()} takes no lock and creates nothing.
 *
 * <p>Progress is logged through SLF4J under this class's name: INFO {@code Running upgrade  -> a,
 * message} before each step and its duration after it, DEBUG each SQL statement (passwords
 * masked), and one summary line at the end. Immutable; safe to share between threads.
 */
public final class MigrationExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final DataSource dataSource;
    private final ExecutionSettings settings;
    private final MigrationListener listener;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param dataSource the database; its connections are borrowed and closed again
     * @param settings   schema, table names and lock timeout
     * @param listener   hears about each step ({@link MigrationListener#NONE} for nothing)
     */
    public MigrationExecutor(DataSource dataSource, ExecutionSettings settings, MigrationListener listener) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Plans from the database's state, checks the whole plan, then runs it under the lock step by
     * step, committing after each revision (or once, in {@link TransactionMode#ALL}).
     *
     * <p>The plan is made and checked first without the lock: a target that names nothing, a step
     * that cannot run or a transaction mode the plan does not allow fails before the lock is taken
     * or any table is created. Under the lock the state is read again and planned again. A revision
     * of the plan whose earlier attempt failed partway (or was killed) and was not cleared with
     * {@code repair} stops the run before anything runs.
     *
     * @param scripts every loaded script; the plan's steps are looked up here by revision id
     * @param planner given the state, returns the plan to run (it may validate checksums and throw)
     * @return the steps that ran, in order
     * @throws StepNotRunnableException     before anything runs, for a step without script or downgrade section
     * @throws UnfinishedRevisionException  before anything runs, for a revision that left part of it applied earlier
     * @throws io.psm.migrate.MigrateConfigurationException before anything runs, when the transaction mode
     *                                      does not fit the plan or the database
     * @throws RevisionFailedException      when a revision fails; it is rolled back and the run stops
     * @throws io.psm.migrate.dialect.LockTimeoutException when another runner holds the lock too long
     * @throws DatabaseAccessException      when the database fails outside a revision
     */
    public List<AppliedStep> migrate(Collection<MigrationScript> scripts, Function<VersionState, MigrationPlan> planner) {
        return migrateUnlessUpToDate(scripts, state -> false, planner);
    }

    /**
     * {@link #migrate}, unless a first look at the database without the lock finds it up to date;
     * both on one connection.
     *
     * @param upToDate given the state read without the lock, whether there is nothing to do (it may
     *                 validate checksums and throw)
     * @return the steps that ran, in order; empty when the database was up to date
     */
    public List<AppliedStep> migrateUnlessUpToDate(Collection<MigrationScript> scripts,
            Predicate<VersionState> upToDate, Function<VersionState, MigrationPlan> planner) {
        List<MigrationScript> all = List.copyOf(scripts);
        return Session.checkedThenLocked(dataSource, settings, (connection, dialect, tables) -> {
            VersionState state = versionState(connection, tables);
            if (upToDate.test(state)) {
                return Optional.of(List.<AppliedStep>of());
            }
            if (!prepare(planner.apply(state), all, dialect).isEmpty() || !tables.exist(connection)) {
                return Optional.empty();
            }
            LOG.info(summary(List.of(), state.heads(), Duration.ZERO));
            return Optional.of(List.<AppliedStep>of());
        }, (connection, dialect, tables) -> run(all, planner, connection, dialect, tables));
    }

    private List<AppliedStep> run(List<MigrationScript> scripts, Function<VersionState, MigrationPlan> planner,
            Connection connection, Dialect dialect, Session.Tables workspace) throws SQLException {
        VersionTables tables = workspace.tables();
        List<PreparedStep> steps = prepare(planner.apply(versionState(connection, tables)), scripts, dialect);
        long start = System.nanoTime();
        if (steps.isEmpty()) {
            workspace.prepare(); // as Alembic does, a run that succeeds leaves the tables, even with nothing to run
            LOG.info(summary(List.of(), tables.heads(connection), Duration.ZERO));
            return List.of();
        }
        refuseUnfinished(steps, tables.history(connection));
        workspace.prepare();
        StepRunner runner = new StepRunner(connection, tables, dialect, listener, settings.schema(),
                dialect.currentUser(connection), clock);
        List<AppliedStep> applied = settings.transactionMode() == TransactionMode.ALL
                ? runner.runAll(steps) : runner.runEach(steps);
        LOG.info(summary(applied, tables.heads(connection), Duration.ofNanos(System.nanoTime() - start)));
        return applied;
    }

    /** The plan's steps with their scripts, checked against the transaction mode. */
    private List<PreparedStep> prepare(MigrationPlan plan, List<MigrationScript> scripts, Dialect dialect) {
        List<PreparedStep> steps = PreparedStep.prepareAll(plan.steps(), scripts);
        if (settings.transactionMode() == TransactionMode.ALL && !steps.isEmpty()) {
            TransactionModeCheck.check(steps, dialect);
        }
        return steps;
    }

    /** Stops before anything runs when a revision of the plan left part of an earlier attempt behind. */
    private static void refuseUnfinished(List<PreparedStep> steps, List<HistoryEntry> history) {
        Map<String, PreparedStep> planned = new HashMap<>();
        steps.forEach(step -> planned.put(step.revision(), step));
        for (HistoryEntry attempt : UnfinishedSteps.of(history)) {
            PreparedStep step = planned.get(attempt.revision());
            if (step != null && attempt.leftChanges()) {
                throw new UnfinishedRevisionException(attempt, step.script());
            }
        }
    }

    /**
     * The database's heads and history, read without the lock and without creating anything: a
     * database without the tables is empty.
     *
     * @return the state
     * @throws DatabaseAccessException when the database cannot be read
     */
    public DatabaseState readState() {
        return Session.readOnly(dataSource, settings, (connection, dialect, tables) -> state(connection, tables));
    }

    /**
     * Changes the version table without running any revision, under the lock and in one
     * transaction, writing a {@code stamp} history row per change. The changes are asked for once
     * without the lock first, so a stamp that names nothing fails before any table is created.
     *
     * @param changes given the state, returns the version changes to make
     * @return the heads afterwards
     * @throws io.psm.migrate.version.VersionTableException when a change does not find the row it expects
     */
    public List<String> stamp(Function<VersionState, List<VersionChange>> changes) {
        return Session.checkedThenLocked(dataSource, settings, (connection, dialect, tables) ->
                changes.apply(versionState(connection, tables)).isEmpty() && tables.exist(connection)
                        ? Optional.of(tables.heads(connection)) : Optional.empty(),
                (connection, dialect, workspace) -> {
            VersionTables tables = workspace.tables();
            List<VersionChange> stamped = List.copyOf(changes.apply(versionState(connection, tables)));
            workspace.prepare();
            if (stamped.isEmpty()) {
                return tables.heads(connection);
            }
            String user = dialect.currentUser(connection);
            connection.setAutoCommit(false);
            for (VersionChange change : stamped) {
                tables.apply(connection, change);
                tables.record(connection, stampEntry(change, user, clock.instant()));
            }
            connection.commit();
            List<String> heads = tables.heads(connection);
            LOG.info("Stamped {}; now at {}", tables.versionTable(), heads.isEmpty() ? "base" : String.join(", ", heads));
            return heads;
        });
    }

    /**
     * Repairs the history without running anything, under the lock and in one transaction: records
     * new checksums for applied revisions whose scripts changed (a {@code stamp} row each, which
     * later runs compare against instead of the checksum recorded when it was applied), and clears
     * each failed or unfinished attempt (a {@code stamp} row that settles it), so that the revision
     * runs again from its start. What a failed attempt left in the database is not touched.
     *
     * @param accepted given the state read under the lock, the checksums to record
     * @return what was recorded and cleared
     */
    public RepairReport repair(Function<VersionState, List<AcceptedChecksum>> accepted) {
        return Session.locked(dataSource, settings, (connection, dialect, workspace) -> {
            VersionTables tables = workspace.tables();
            List<AcceptedChecksum> recorded = List.copyOf(accepted.apply(versionState(connection, tables)));
            List<HistoryEntry> unfinished = UnfinishedSteps.of(tables.history(connection));
            RepairReport report = new RepairReport(recorded, unfinished);
            if (report.isEmpty()) {
                return report;
            }
            workspace.prepare();
            String user = dialect.currentUser(connection);
            connection.setAutoCommit(false);
            for (AcceptedChecksum each : recorded) {
                tables.record(connection, new HistoryEntry(each.revision(), each.downRevisions(), HistoryAction.STAMP,
                        "checksum accepted after the script changed", Optional.of(each.checksum()), clock.instant(),
                        user, Duration.ZERO, true));
            }
            for (HistoryEntry attempt : unfinished) {
                tables.record(connection, new HistoryEntry(attempt.revision(), attempt.downRevisions(),
                        HistoryAction.STAMP, "repair: cleared the " + attempt.state().word() + " "
                        + attempt.action().word() + " of " + attempt.appliedAt(), Optional.empty(), clock.instant(),
                        user, Duration.ZERO, true));
            }
            connection.commit();
            LOG.info("Recorded new checksums for {} revisions and cleared {} failed attempts", recorded.size(),
                    unfinished.size());
            return report;
        });
    }

    private static VersionState versionState(Connection connection, VersionTables tables) throws SQLException {
        return new VersionState(tables.heads(connection), tables.recordedChecksums(connection));
    }

    private static DatabaseState state(Connection connection, VersionTables tables) throws SQLException {
        return new DatabaseState(tables.heads(connection), tables.history(connection));
    }

    /** One history row per stamped change, its message written as Alembic would log the change. */
    static HistoryEntry stampEntry(VersionChange change, String user, Instant now) {
        String revision;
        List<String> from;
        String message;
        if (change instanceof VersionChange.Insert insert) {
            revision = insert.revision();
            from = List.of();
            message = "stamp  -> " + revision;
        } else if (change instanceof VersionChange.Delete delete) {
            revision = delete.revision();
            from = List.of();
            message = "stamp " + revision + " -> ";
        } else {
            VersionChange.Update update = (VersionChange.Update) change;
            revision = update.to();
            from = List.of(update.from());
            message = "stamp " + update.from() + " -> " + revision;
        }
        return new HistoryEntry(revision, from, HistoryAction.STAMP, message, Optional.empty(), now, user,
                Duration.ZERO, true);
    }

    /** {@code Upgraded 24 revisions in 1.8 s; now at <heads>}, or that there was nothing to run. */
    static String summary(List<AppliedStep> applied, List<String> heads, Duration elapsed) {
        String at = heads.isEmpty() ? "base" : String.join(", ", heads);
        if (applied.isEmpty()) {
            return "Nothing to run; the database is at " + at;
        }
        boolean upgrades = applied.stream().allMatch(step -> step.step().direction() == Direction.UPGRADE);
        boolean downgrades = applied.stream().allMatch(step -> step.step().direction() == Direction.DOWNGRADE);
        String verb = upgrades ? "Upgraded" : downgrades ? "Downgraded" : "Ran";
        String what = applied.size() == 1 ? "revision" : "revisions";
        return verb + " " + applied.size() + " " + what + " in " + Durations.format(elapsed) + "; now at " + at;
    }
}
