package io.psm.migrate.execute;

import io.psm.migrate.dialect.DatabaseLock;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.LockRequest;
import io.psm.migrate.dialect.SchemaSwitch;
import io.psm.migrate.version.VersionTables;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One use of the database: a connection from the data source, and for changes the dialect's
 * preparation of the connection ({@link Dialect#prepareSession}) and the migration lock,
 * then, once the work knows it will write, the configured schema and the tables (created when
 * missing, a history table of an earlier version given its new columns). Everything it opens is
 * closed again in reverse order, failures while closing added to the first failure;
 * {@code SQLException}s outside a revision become a {@link DatabaseAccessException} saying what was
 * being done.
 */
final class Session {

    /** Work done on a session's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, Dialect dialect, VersionTables tables) throws SQLException;
    }

    /** Work done under the lock; it calls {@link Tables#prepare()} before it writes anything. */
    @FunctionalInterface
    interface LockedWork<T> {
        T run(Connection connection, Dialect dialect, Tables tables) throws SQLException;
    }

    /**
     * The version and history tables of a locked session. Reading needs nothing; {@link #prepare()}
     * makes the schema current and the tables ready for writing, once, so that work which finds
     * nothing to do (or fails before it starts) leaves nothing behind.
     */
    interface Tables {
        /** The tables. */
        VersionTables tables();

        /** Switches to the configured schema (creating it) and creates or completes the tables; idempotent. */
        void prepare() throws SQLException;
    }

    /** Something to undo when the session ends. */
    @FunctionalInterface
    private interface Undo extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    private final DataSource dataSource;
    private final ExecutionSettings settings;
    private String activity = DatabaseAccessException.CONNECT;

    private Session(DataSource dataSource, ExecutionSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Runs {@code work} under the lock. */
    static <T> T locked(DataSource dataSource, ExecutionSettings settings, LockedWork<T> work) {
        Session session = new Session(dataSource, settings);
        return session.open((connection, dialect, tables) -> {
            try (Undo waits = session.prepareWaits(connection, dialect)) {
                return session.runLocked(connection, dialect, tables, work);
            }
        });
    }

    /** Runs {@code work} without lock, schema change or table creation: for reading. */
    static <T> T readOnly(DataSource dataSource, ExecutionSettings settings, Work<T> work) {
        Session session = new Session(dataSource, settings);
        return session.open((connection, dialect, tables) -> session.runUnlocked(connection, dialect, tables, work));
    }

    /**
     * Runs {@code check} without the lock and, when it finds nothing to report, {@code work} under
     * the lock on the same connection: an up-to-date database costs one short read, a command that
     * cannot start fails before the lock (which on some databases is a table) is taken, and one
     * with work to do needs no second connection.
     */
    static <T> T checkedThenLocked(DataSource dataSource, ExecutionSettings settings, Work<Optional<T>> check,
                                   LockedWork<T> work) {
        Session session = new Session(dataSource, settings);
        return session.open((connection, dialect, tables) -> {
            try (Undo waits = session.prepareWaits(connection, dialect)) {
                Optional<T> done = session.runUnlocked(connection, dialect, tables, check);
                return done.isPresent() ? done.get() : session.runLocked(connection, dialect, tables, work);
            }
        });
    }

    /** Opens the connection, finds the dialect and runs {@code body} in autocommit mode. */
    private <T> T open(Work<T> body) {
        try (Connection connection = dataSource.getConnection()) {
            activity = "read the database's metadata";
            Dialect dialect = Dialect.detect(connection);
            VersionTables tables = new VersionTables(dialect, settings.versionTableName(), settings.historyTableName());
            try (Undo autoCommit = autoCommit(connection)) {
                return body.run(connection, dialect, tables);
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException(activity, e);
        }
    }

    /**
     * The dialect's preparation of a session that may wait for the lock (SQLite's busy timeout as
     * long as the lock timeout), so that its first look at the tables waits for a runner that is
     * writing instead of failing; undone when the session ends.
     */
    private Undo prepareWaits(Connection connection, Dialect dialect) throws SQLException {
        activity = "prepare the connection to wait up to the lock timeout";
        return dialect.prepareSession(connection, settings.lockTimeout())::restore;
    }

    private <T> T runLocked(Connection connection, Dialect dialect, VersionTables tables, LockedWork<T> work)
            throws SQLException {
        activity = "take the migration lock on " + settings.versionTableName();
        LockRequest request = new LockRequest(settings.versionTableName(), settings.lockTimeout());
        Prepared prepared = new Prepared(connection, dialect, tables);
        try (DatabaseLock lock = dialect.lock(connection, dataSource, request);
             Undo schema = prepared::restore) {
            activity = "read the tables " + tables.versionTable() + " and " + tables.historyTable();
            return work.run(connection, dialect, prepared);
        }
    }

    private <T> T runUnlocked(Connection connection, Dialect dialect, VersionTables tables, Work<T> work)
            throws SQLException {
        activity = "read the tables " + tables.versionTable() + " and " + tables.historyTable();
        return work.run(connection, dialect, tables);
    }

    /** The tables of a locked session, made ready on first {@link #prepare()}; {@link #restore()} undoes the schema switch. */
    private final class Prepared implements Tables {

        private final Connection connection;
        private final Dialect dialect;
        private final VersionTables tables;
        private SchemaSwitch schemaSwitch;
        private boolean ready;

        Prepared(Connection connection, Dialect dialect, VersionTables tables) {
            this.connection = connection;
            this.dialect = dialect;
            this.tables = tables;
        }

        @Override
        public VersionTables tables() {
            return tables;
        }

        @Override
        public void prepare() throws SQLException {
            if (ready) {
                return;
            }
            if (settings.schema().isPresent()) {
                activity = "use the schema " + settings.schema().get();
                schemaSwitch = dialect.useSchema(connection, settings.schema().get());
            }
            activity = "create the tables " + tables.versionTable() + " and " + tables.historyTable();
            tables.createIfMissing(connection);
            activity = "migrate with the tables " + tables.versionTable() + " and " + tables.historyTable();
            ready = true;
        }

        /** Rolls back any open transaction and puts the previous schema back. */
        void restore() throws SQLException {
            endTransaction(connection);
            if (schemaSwitch != null) {
                schemaSwitch.restore();
            }
        }
    }

    /** Autocommit on for the session's own statements; the previous mode back at the end. */
    private static Undo autoCommit(Connection connection) throws SQLException {
        boolean previous = connection.getAutoCommit();
        connection.setAutoCommit(true);
        return () -> {
            endTransaction(connection);
            connection.setAutoCommit(previous);
        };
    }

    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
