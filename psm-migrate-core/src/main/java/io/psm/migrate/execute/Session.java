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
 * One use of the database: a connection from the data source, and for changes the migration lock,
 * the configured schema and the tables created when missing. Everything it opens is closed again in
 * reverse order, failures while closing added to the first failure; {@code SQLException}s outside
 * a revision become a {@link DatabaseAccessException} saying what was being done.
 */
final class Session {

    /** Work done on a session's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, Dialect dialect, VersionTables tables) throws SQLException;
    }

    /** Something to undo when the session ends. */
    @FunctionalInterface
    private interface Undo extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    private final DataSource dataSource;
    private final ExecutionSettings settings;
    private String activity = "connect to the database";

    private Session(DataSource dataSource, ExecutionSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Runs {@code work} under the lock, in the configured schema, with both tables present. */
    static <T> T locked(DataSource dataSource, ExecutionSettings settings, Work<T> work) {
        return new Session(dataSource, settings).run(work, true);
    }

    /** Runs {@code work} without lock, schema change or table creation: for reading. */
    static <T> T readOnly(DataSource dataSource, ExecutionSettings settings, Work<T> work) {
        return new Session(dataSource, settings).run(work, false);
    }

    /**
     * Runs {@code check} without the lock and, when it finds nothing to report, {@code work} under
     * the lock on the same connection: an up-to-date database costs one short read, and one with
     * work to do no second connection.
     */
    static <T> T checkedThenLocked(DataSource dataSource, ExecutionSettings settings, Work<Optional<T>> check,
                                   Work<T> work) {
        Session session = new Session(dataSource, settings);
        return session.open((connection, dialect, tables) -> {
            Optional<T> done = session.runUnlocked(connection, dialect, tables, check);
            return done.isPresent() ? done.get() : session.runLocked(connection, dialect, tables, work);
        });
    }

    private <T> T run(Work<T> work, boolean locked) {
        return open((connection, dialect, tables) -> locked
                ? runLocked(connection, dialect, tables, work) : runUnlocked(connection, dialect, tables, work));
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

    private <T> T runLocked(Connection connection, Dialect dialect, VersionTables tables, Work<T> work)
            throws SQLException {
        activity = "take the migration lock on " + settings.versionTableName();
        LockRequest request = new LockRequest(settings.versionTableName(), settings.lockTimeout());
        try (DatabaseLock lock = dialect.lock(connection, dataSource, request);
             Undo schema = schema(connection, dialect)) {
            activity = "create the tables " + tables.versionTable() + " and " + tables.historyTable();
            tables.createIfMissing(connection);
            activity = "migrate with the tables " + tables.versionTable() + " and " + tables.historyTable();
            return work.run(connection, dialect, tables);
        }
    }

    private <T> T runUnlocked(Connection connection, Dialect dialect, VersionTables tables, Work<T> work)
            throws SQLException {
        activity = "read the tables " + tables.versionTable() + " and " + tables.historyTable();
        return work.run(connection, dialect, tables);
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

    /** Switches to the configured schema, if any; at the end, any open transaction is rolled back and the schema put back. */
    private Undo schema(Connection connection, Dialect dialect) throws SQLException {
        if (settings.schema().isEmpty()) {
            return () -> endTransaction(connection);
        }
        activity = "use the schema " + settings.schema().get();
        SchemaSwitch schemaSwitch = dialect.useSchema(connection, settings.schema().get());
        return () -> {
            endTransaction(connection);
            schemaSwitch.restore();
        };
    }

    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
