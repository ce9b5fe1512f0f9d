package io.psm.migrate.execute;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Runs migrations against one database.
 *
 * <p>Each call opens one connection from the data source (H2's lock takes a second one) and
 * closes it before returning; the caller keeps owning the data source. {@link #migrate} and
 * {@link #stamp} take the migration lock, switch to the configured schema (creating it when
 * missing), create the version and history tables when missing, read the current heads and
 * history under the lock, and only then ask the caller what to do, so concurrent runners plan from
 * what the previous one left. {@link #readState()} takes no lock and creates nothing.
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
     * Plans from the database's state under the lock, checks the whole plan, then runs it step by
     * step, committing after each revision.
     *
     * @param scripts every loaded script; the plan's steps are looked up here by revision id
     * @param planner given the state read under the lock, returns the plan to run (it may
     *                validate checksums and throw)
     * @return the steps that ran, in order
     * @throws StepNotRunnableException before anything runs, for a step without script or downgrade section
     * @throws RevisionFailedException  when a revision fails; it is rolled back and the run stops
     * @throws io.psm.migrate.dialect.LockTimeoutException when another runner holds the lock too long
     * @throws DatabaseAccessException  when the database fails outside a revision
     */
    public List<AppliedStep> migrate(Collection<MigrationScript> scripts, Function<VersionState, MigrationPlan> planner) {
        return Session.locked(dataSource, settings, (connection, dialect, tables) -> run(scripts, planner, connection, dialect, tables));
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
        return Session.checkedThenLocked(dataSource, settings,
                (connection, dialect, tables) -> upToDate.test(versionState(connection, tables))
                        ? Optional.of(List.<AppliedStep>of()) : Optional.empty(),
                (connection, dialect, tables) -> run(scripts, planner, connection, dialect, tables));
    }

    private List<AppliedStep> run(Collection<MigrationScript> scripts, Function<VersionState, MigrationPlan> planner,
            Connection connection, Dialect dialect, VersionTables tables) throws SQLException {
        MigrationPlan plan = planner.apply(versionState(connection, tables));
        List<PreparedStep> steps = PreparedStep.prepareAll(plan.steps(), List.copyOf(scripts));
        StepRunner runner = new StepRunner(connection, dialect, tables,
                new StepFailures(dialect.transactionalDdl(), tables.versionTable().toString()),
                listener, settings.schema(), dialect.currentUser(connection), clock);
        long start = System.nanoTime();
        List<AppliedStep> applied = new ArrayList<>();
        for (PreparedStep step : steps) {
            applied.add(runner.run(step));
        }
        LOG.info(summary(applied, tables.heads(connection), Duration.ofNanos(System.nanoTime() - start)));
        return List.copyOf(applied);
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
     * transaction, writing a {@code stamp} history row per change.
     *
     * @param changes given the state read under the lock, returns the version changes to make
     * @return the heads afterwards
     * @throws io.psm.migrate.version.VersionTableException when a change does not find the row it expects
     */
    public List<String> stamp(Function<VersionState, List<VersionChange>> changes) {
        return Session.locked(dataSource, settings, (connection, dialect, tables) -> {
            List<VersionChange> stamped = List.copyOf(changes.apply(versionState(connection, tables)));
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
     * Records new checksums for applied revisions whose scripts changed, without running anything:
     * under the lock and in one transaction, one {@code stamp} history row per revision, which
     * later runs compare against instead of the checksum recorded when it was applied.
     *
     * @param accepted given the state read under the lock, the checksums to record
     * @return what was recorded
     */
    public List<AcceptedChecksum> acceptChecksums(Function<VersionState, List<AcceptedChecksum>> accepted) {
        return Session.locked(dataSource, settings, (connection, dialect, tables) -> {
            List<AcceptedChecksum> recorded = List.copyOf(accepted.apply(versionState(connection, tables)));
            String user = dialect.currentUser(connection);
            connection.setAutoCommit(false);
            for (AcceptedChecksum each : recorded) {
                tables.record(connection, new HistoryEntry(each.revision(), each.downRevisions(), HistoryAction.STAMP,
                        "checksum accepted after the script changed", Optional.of(each.checksum()), clock.instant(),
                        user, Duration.ZERO, true));
            }
            connection.commit();
            LOG.info("Recorded new checksums for {} revisions", recorded.size());
            return recorded;
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
