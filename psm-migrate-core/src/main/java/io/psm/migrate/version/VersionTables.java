package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.plan.VersionChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The version table and the history table of one database, through one dialect.
 *
 * <p>Methods use the connection they are given in whatever transaction it has, and never commit,
 * roll back or close it: the caller frames each revision's statements, version changes and
 * history row in its transaction. {@code SQLException}s pass through for the caller to translate
 * once; a version change that finds the table other than expected is a
 * {@link VersionTableException}. Immutable and thread-safe.
 */
public final class VersionTables {

    private final Dialect dialect;
    private final TableName versionTable;
    private final TableName historyTable;

    /**
     * @param dialect      the database's dialect
     * @param versionTable the version table ({@code psm_version} by default)
     * @param historyTable the history table ({@code psm_history} by default)
     */
    public VersionTables(Dialect dialect, TableName versionTable, TableName historyTable) {
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.historyTable = historyTable;
    }

    /** The version table. */
    public TableName versionTable() {
        return versionTable;
    }

    /** The history table. */
    public TableName historyTable() {
        return historyTable;
    }

    /**
     * Creates whichever of the two tables is missing, and adds to a history table made by an
     * earlier version the columns it lacks (the state of each step and where a failed one
     * stopped). Call it under the migration lock: two sessions creating a table at once would
     * collide.
     *
     * @param connection a connection in autocommit mode
     * @throws SQLException when a table cannot be created or changed
     */
    public void createIfMissing(Connection connection) throws SQLException {
        if (!dialect.tableExists(connection, versionTable)) {
            execute(connection, dialect.createVersionTable(versionTable));
        }
        if (!dialect.tableExists(connection, historyTable)) {
            execute(connection, dialect.createHistoryTable(historyTable));
        }
        HistoryColumns.addMissing(connection, dialect.qualify(historyTable));
    }

    /**
     * Whether both tables exist, so that a run with nothing to do has nothing to create either.
     *
     * @param connection a connection
     * @return true when the version and the history table exist
     * @throws SQLException when the database cannot tell
     */
    public boolean exist(Connection connection) throws SQLException {
        return dialect.tableExists(connection, versionTable) && dialect.tableExists(connection, historyTable);
    }

    /**
     * The current heads: the version table's rows, sorted; none when the table does not exist.
     *
     * @param connection a connection
     * @return the heads
     * @throws SQLException when the table cannot be read
     */
    public List<String> heads(Connection connection) throws SQLException {
        if (!dialect.tableExists(connection, versionTable)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM " + dialect.qualify(versionTable)
                     + " ORDER BY version_num")) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return List.copyOf(heads);
    }

    /**
     * Applies one change to the version table, with bind parameters, and checks it touched exactly
     * one row.
     *
     * @param connection a connection, in the transaction of the step the change belongs to
     * @param change     the change
     * @throws VersionTableException when the row to delete or update is missing, or the row to insert exists
     * @throws SQLException          when the database fails otherwise
     */
    public void apply(Connection connection, VersionChange change) throws SQLException {
        VersionStatement statement = new VersionStatement(change, dialect.qualify(versionTable));
        int rows;
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                prepared.setString(i + 1, statement.parameters().get(i));
            }
            rows = prepared.executeUpdate();
        } catch (SQLException e) {
            if (!dialect.isDuplicateKey(e)) {
                throw e;
            }
            throw conflict(statement, "found a row '" + statement.revision() + "' already there", e);
        }
        if (rows != 1) {
            throw conflict(statement, "found " + rows, null);
        }
    }

    private VersionTableException conflict(VersionStatement statement, String found, SQLException cause) {
        return new VersionTableException(versionTable.toString(), statement.revision(),
                "The version table " + versionTable + " changed under this run at revision " + statement.revision()
                        + ": expected " + statement.expected() + ", " + found
                        + ". Another process may have migrated this database; check its current revisions and run again.",
                cause);
    }

    /**
     * Writes one history row.
     *
     * @param connection a connection, in the transaction of the step the row records
     * @param entry      the row
     * @throws SQLException when it cannot be written
     */
    public void record(Connection connection, HistoryEntry entry) throws SQLException {
        HistoryRows.insert(connection, dialect, dialect.qualify(historyTable), entry);
    }

    /**
     * Writes the history row of a step that is starting, and returns its id so that its progress
     * and outcome can be written into it later ({@link #recordProgress}, {@link #recordOutcome}).
     * Call it under the migration lock.
     *
     * @param connection a connection; commit the row before the step runs so it outlives a kill
     * @param entry      the row, usually {@link HistoryState#RUNNING}
     * @return the row's id
     * @throws SQLException when it cannot be written
     */
    public long recordStart(Connection connection, HistoryEntry entry) throws SQLException {
        return HistoryRows.insertReturningId(connection, dialect, dialect.qualify(historyTable), entry);
    }

    /**
     * Writes how far a running step has got into its row.
     *
     * @param connection a connection
     * @param id         the row, from {@link #recordStart}
     * @param progress   the statements that ran and the one about to run
     * @throws SQLException when it cannot be written
     */
    public void recordProgress(Connection connection, long id, Interruption progress) throws SQLException {
        HistoryRows.progress(connection, dialect.qualify(historyTable), id, progress);
    }

    /**
     * Writes the outcome of a step into the row {@link #recordStart} wrote: its state, time,
     * duration and, for a failure, where it stopped.
     *
     * @param connection a connection, in the transaction that ends the step
     * @param id         the row
     * @param entry      the outcome
     * @throws SQLException when it cannot be written
     */
    public void recordOutcome(Connection connection, long id, HistoryEntry entry) throws SQLException {
        HistoryRows.update(connection, dialect, dialect.qualify(historyTable), id, entry);
    }

    /**
     * Every history row, oldest first; none when the table does not exist.
     *
     * @param connection a connection
     * @return the rows
     * @throws SQLException when the table cannot be read
     */
    public List<HistoryEntry> history(Connection connection) throws SQLException {
        if (!dialect.tableExists(connection, historyTable)) {
            return List.of();
        }
        return HistoryRows.readAll(connection, dialect, dialect.qualify(historyTable));
    }

    /**
     * The checksum each revision was last applied or accepted ({@code repair}) with; empty when
     * the history table does not exist.
     *
     * @param connection the connection
     * @return revision id to checksum
     * @throws SQLException when the table cannot be read
     */
    public Map<String, String> recordedChecksums(Connection connection) throws SQLException {
        if (!dialect.tableExists(connection, historyTable)) {
            return Map.of();
        }
        return HistoryRows.checksums(connection, dialect.qualify(historyTable));
    }

    /** The version table's {@code CREATE TABLE}, for an offline script. */
    public String createVersionTableSql() {
        return dialect.createVersionTable(versionTable);
    }

    /**
     * A version change as literal SQL, for an offline script.
     *
     * @param change the change
     * @return the statement, without a terminating semicolon
     * @throws IllegalArgumentException when an id is not a valid revision id
     */
    public String literalSql(VersionChange change) {
        return new VersionStatement(change, dialect.qualify(versionTable)).literalSql();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
