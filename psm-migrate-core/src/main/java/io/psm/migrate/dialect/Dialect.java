package io.psm.migrate.dialect;

import io.psm.migrate.jdbc.Scratch;
import io.psm.migrate.jdbc.ScratchSchema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Everything the engine needs to know about one kind of database. Implementations are stateless
 * and thread-safe; each method that takes a connection uses it without closing it or ending its
 * transaction, unless it says otherwise.
 *
 * <p>Find one with {@link #detect(Connection)} for a live database, or {@link #forUrl(String)} and
 * {@link #named(String)} offline. Adding a database (MariaDB, MySQL) means one more
 * implementation registered in this package; the engine does not change.
 */
public interface Dialect {

    /** The dialect's name, lower case: {@code postgresql}, {@code h2}, {@code sqlite}. */
    String name();

    /**
     * Whether DDL takes part in transactions (PostgreSQL) or commits them (H2): a failed
     * revision is then rolled back whole, or leaves the statements that ran.
     */
    boolean transactionalDdl();

    /**
     * Whether running {@code sql} commits the transaction it runs in, whether it succeeds or fails:
     * DDL on a database without transactional DDL (H2 and MariaDB commit before a DDL statement and
     * after it). The statements of a failed revision up to such a statement stay applied after the
     * rollback; this tells which, for the failure's record.
     *
     * @param sql one statement, as split from a script
     * @return true when it commits implicitly
     */
    default boolean commitsImplicitly(String sql) {
        return !transactionalDdl() && FirstWord.isDdl(sql);
    }

    /**
     * The identifier as SQL text: bare when it is a lower-case name that is not a reserved word,
     * double-quoted otherwise.
     *
     * @param identifier a table, schema or constraint name as configured
     * @return the identifier, quoted where needed
     */
    String quote(String identifier);

    /**
     * The table as SQL text, {@code schema.table} or {@code table}, each part quoted where needed.
     *
     * @param table the table
     * @return the qualified name
     */
    default String qualify(TableName table) {
        String name = quote(table.name());
        return table.schema().map(schema -> quote(schema) + "." + name).orElse(name);
    }

    /**
     * Whether the table exists; without a schema, in the connection's current schema.
     *
     * @param connection a connection to the database
     * @param table      the table
     * @return true when it exists
     * @throws SQLException when the database cannot tell
     */
    boolean tableExists(Connection connection, TableName table) throws SQLException;

    /**
     * Makes {@code schema} the connection's current schema, creating it when it does not exist
     * (as Flyway does), so that unqualified names in migrations land there.
     *
     * @param connection a connection in autocommit mode
     * @param schema     the schema as configured
     * @return what puts the connection's previous schema back, for a connection that returns to a pool
     * @throws SQLException when the schema cannot be created or set
     */
    SchemaSwitch useSchema(Connection connection, String schema) throws SQLException;

    /**
     * The database user of the connection, as the history table records it.
     *
     * @param connection a connection
     * @return the user name
     * @throws SQLException when the database cannot tell
     */
    default String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT CURRENT_USER")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Takes the migration lock for a version table, waiting up to the request's timeout and
     * logging the wait and the holder every few seconds.
     *
     * @param connection the connection the migration runs on; the lock may belong to its session
     * @param dataSource where the connection came from, for a dialect whose lock needs a
     *                   connection of its own (H2)
     * @param request    which lock, and how long to wait
     * @return the held lock; close it before closing {@code connection}
     * @throws LockTimeoutException when another session holds it past the timeout, naming that session
     * @throws SQLException         when the database fails
     */
    DatabaseLock lock(Connection connection, DataSource dataSource, LockRequest request) throws SQLException;

    /**
     * Prepares the connection of a session that takes the migration lock, before its first
     * statement, so that its statements wait for other sessions' hold on the database as long as
     * it would wait for the migration lock. SQLite gives up on a database another connection is
     * writing to after its busy timeout (3 s unless the URL says otherwise), which a revision
     * writing many rows easily outlasts: its busy timeout is raised to the lock timeout. Nothing
     * changes by default.
     *
     * @param connection  the session's connection, in autocommit mode
     * @param lockTimeout how long the session waits for the migration lock
     * @return what puts the connection's previous settings back; {@link SessionSetup#NONE} when nothing changed
     * @throws SQLException when the database refuses
     */
    default SessionSetup prepareSession(Connection connection, Duration lockTimeout) throws SQLException {
        return SessionSetup.NONE;
    }

    /**
     * The table that holds the migration lock of a version table, for databases that lock with a
     * row ({@code <version table>_lock} on H2); empty where the lock lives in the server's session
     * (PostgreSQL's advisory lock). Autogenerate leaves it alone, as it does the version table.
     *
     * @param versionTable the version table
     * @return the lock table, if this database uses one
     */
    default Optional<TableName> lockTable(TableName versionTable) {
        return Optional.empty();
    }

    /**
     * The {@code CREATE TABLE} of a version table: {@code version_num VARCHAR(32) NOT NULL}, primary key.
     *
     * @param table the table
     * @return the statement, without a terminating semicolon
     */
    default String createVersionTable(TableName table) {
        return StandardDdl.versionTable(this, table);
    }

    /**
     * The {@code CREATE TABLE} of a history table: id, revision, down revisions, direction,
     * message, checksum, applied at, applied by, execution time in ms, success, state, error
     * message, the lines that ran and the line it stopped at.
     *
     * @param table the table
     * @return the statement, without a terminating semicolon
     */
    default String createHistoryTable(TableName table) {
        return StandardDdl.historyTable(this, table);
    }

    /**
     * Creates an empty place of its own beside the database, for commands that must not touch its
     * tables ({@code verify}, {@code squash --from-schema}): a schema with a name starting
     * {@code prefix} by default; a private in-memory database where the database has no schemas
     * (SQLite).
     *
     * @param dataSource the database; a connection is borrowed and returned
     * @param prefix     the start of the scratch's name, such as {@code psm_verify_}
     * @return the scratch; close it to remove it
     * @throws SQLException when it cannot be created; the caller names what it was for
     */
    default Scratch createScratch(DataSource dataSource, String prefix) throws SQLException {
        return ScratchSchema.create(dataSource, prefix);
    }

    /**
     * Whether a failure is the violation of a primary key or unique constraint, as when a version
     * table row is inserted twice: SQLSTATE {@code 23505} by default.
     *
     * @param failure what the database said
     * @return true for a duplicate key
     */
    default boolean isDuplicateKey(SQLException failure) {
        return "23505".equals(failure.getSQLState());
    }

    /**
     * Prepares a connection for one transactional revision, before its transaction begins: what the
     * database cannot change inside a transaction. The guard checks the revision's work before it
     * commits and undoes the preparation after it ends. SQLite turns foreign-key enforcement off for
     * the revision and checks the keys before the commit; other databases need nothing.
     *
     * @param connection the migration's connection, between two revisions
     * @return the guard; {@link TransactionGuard#NONE} where nothing is needed
     * @throws SQLException when the database refuses
     */
    default TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return TransactionGuard.NONE;
    }

    /**
     * The value to bind for a history table's {@code applied_at}: an {@code OffsetDateTime} in UTC,
     * or text where the driver has no timestamp type (SQLite).
     *
     * @param instant the time
     * @return the parameter value
     */
    default Object timestampValue(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Reads a column written with {@link #timestampValue(Instant)}.
     *
     * @param row    the result set, on a row
     * @param column the column's position
     * @return the time
     * @throws SQLException when the column cannot be read
     */
    default Instant timestamp(ResultSet row, int column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    /**
     * For an offline script: the statements that create {@code schema} if needed and make it current.
     *
     * @param schema the schema as configured
     * @return the statements, without terminating semicolons
     */
    List<String> useSchemaStatements(String schema);

    /** For an offline script: the statement that starts a transaction. */
    default String beginStatement() {
        return "BEGIN";
    }

    /** For an offline script: the statement that commits it. */
    default String commitStatement() {
        return "COMMIT";
    }

    /**
     * The dialect of a live database, from its metadata.
     *
     * @param connection a connection to it
     * @return its dialect
     * @throws UnsupportedDatabaseException naming the product when there is no dialect for it
     * @throws SQLException                 when the metadata cannot be read
     */
    static Dialect detect(Connection connection) throws SQLException {
        return detect(connection.getMetaData());
    }

    /**
     * The dialect of a database, from its metadata's product name.
     *
     * @param metaData the database's metadata
     * @return its dialect
     * @throws UnsupportedDatabaseException naming the product when there is no dialect for it
     * @throws SQLException                 when the metadata cannot be read
     */
    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        return KnownDialects.forProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
    }

    /**
     * The dialect of a URL, for offline work: a {@code DATABASE_URL} ({@code postgresql://…},
     * {@code h2:…}) or a {@code jdbc:} URL.
     *
     * @param url the URL
     * @return its dialect
     * @throws UnsupportedDatabaseException naming the URL (password masked) when there is none
     */
    static Dialect forUrl(String url) {
        return KnownDialects.forUrl(url);
    }

    /**
     * The dialect with the given name, {@code postgresql} (or {@code postgres}), {@code h2} or
     * {@code sqlite}, ignoring case.
     *
     * @param name the name
     * @return the dialect
     * @throws UnsupportedDatabaseException when there is none of that name
     */
    static Dialect named(String name) {
        return KnownDialects.named(name);
    }
}
