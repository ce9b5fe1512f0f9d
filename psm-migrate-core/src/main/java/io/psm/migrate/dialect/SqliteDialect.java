package io.psm.migrate.dialect;

import io.psm.migrate.MigrateConfigurationException;
import io.psm.migrate.jdbc.Scratch;
import io.psm.migrate.jdbc.ScratchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * SQLite 3: transactional DDL (each revision all or nothing), one database per file and no
 * schemas, no users, and a migration lock on a file beside the database ({@link SqliteFileLock}),
 * which the operating system releases with the process that held it. Foreign keys are checked at
 * the end of each revision rather than enforced within it ({@link SqliteForeignKeys}).
 */
final class SqliteDialect implements Dialect {

    /** SQLite's keywords ("SQLite Keywords" in its documentation), quoted wherever they name something. */
    private static final Set<String> KEYWORDS = Set.of(
            "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as", "asc", "attach",
            "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check", "collate",
            "column", "commit", "conflict", "constraint", "create", "cross", "current", "current_date",
            "current_time", "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc",
            "detach", "distinct", "do", "drop", "each", "else", "end", "escape", "except", "exclude", "exclusive",
            "exists", "explain", "fail", "filter", "first", "following", "for", "foreign", "from", "full",
            "generated", "glob", "group", "groups", "having", "if", "ignore", "immediate", "in", "index", "indexed",
            "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull", "join", "key", "last",
            "left", "like", "limit", "match", "materialized", "natural", "no", "not", "nothing", "notnull", "null",
            "nulls", "of", "offset", "on", "or", "order", "others", "outer", "over", "partition", "plan", "pragma",
            "preceding", "primary", "query", "raise", "range", "recursive", "references", "regexp", "reindex",
            "release", "rename", "replace", "restrict", "returning", "right", "rollback", "row", "rows", "savepoint",
            "select", "set", "table", "temp", "temporary", "then", "ties", "to", "transaction", "trigger",
            "unbounded", "union", "unique", "update", "using", "vacuum", "values", "view", "virtual", "when",
            "where", "window", "with", "without");

    /** Timestamps as SQLite's date functions read them, in UTC with a fixed number of digits, so they sort as text. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Reads those, and times with another offset or none. */
    private static final DateTimeFormatter READ_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffsetId().toFormatter();

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quote(identifier, KEYWORDS);
    }

    @Override
    public boolean tableExists(Connection connection, TableName table) throws SQLException {
        if (table.schema().isPresent()) {
            throw noSchemas();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            statement.setString(1, table.name());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Refuses: SQLite has no schemas. An attached database would not serve, as unqualified names in
     * migrations would still create tables in the main database.
     */
    @Override
    public SchemaSwitch useSchema(Connection connection, String schema) {
        throw noSchemas();
    }

    @Override
    public List<String> useSchemaStatements(String schema) {
        throw noSchemas();
    }

    /** The operating-system user: SQLite has no users of its own. */
    @Override
    public String currentUser(Connection connection) {
        return System.getProperty("user.name", "unknown");
    }

    @Override
    public DatabaseLock lock(Connection connection, DataSource dataSource, LockRequest request) throws SQLException {
        SqliteFileLock attempt = SqliteFileLock.open(connection, request.versionTable());
        return new LockPoller(attempt, qualify(request.versionTable()), request.timeout()).acquire();
    }

    /**
     * Raises the connection's busy timeout (how long a statement waits while another connection
     * writes, SQLite's {@code SQLITE_BUSY}) to the lock timeout, never lowering one the URL set: in
     * SQLite's default journal mode a revision that writes many rows locks readers out, and the
     * first look of a second runner at the version table, before it waits for the migration lock,
     * would otherwise fail after the driver's 3 s.
     */
    @Override
    public SessionSetup prepareSession(Connection connection, Duration lockTimeout) throws SQLException {
        long previous = busyTimeout(connection);
        long wanted = Math.min(lockTimeout.toMillis(), Integer.MAX_VALUE);
        if (wanted <= previous) {
            return SessionSetup.NONE;
        }
        setBusyTimeout(connection, wanted);
        return () -> setBusyTimeout(connection, previous);
    }

    private static long busyTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA busy_timeout")) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static void setBusyTimeout(Connection connection, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + millis);
        }
    }

    /** The history table with SQLite's auto-numbered key: an {@code INTEGER} primary key is the row id. */
    @Override
    public String createHistoryTable(TableName table) {
        return StandardDdl.historyTable(this, table, "INTEGER");
    }

    /**
     * A private in-memory database, named {@code prefix} and 12 random hex digits: SQLite has no
     * schemas. It enforces foreign keys, as {@code sqlite:///} URLs do.
     */
    @Override
    public Scratch createScratch(DataSource dataSource, String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return ScratchDatabase.open(name, "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared&foreign_keys=on");
    }

    /** SQLite's driver gives no SQLSTATE: its extended result codes name the constraint instead. */
    @Override
    public boolean isDuplicateKey(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("SQLITE_CONSTRAINT_PRIMARYKEY") || message.contains("SQLITE_CONSTRAINT_UNIQUE");
    }

    @Override
    public TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return SqliteForeignKeys.open(connection);
    }

    @Override
    public Object timestampValue(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads the text {@link #timestampValue} writes, and also a time without offset, taken as UTC:
     * what SQLite's own {@code CURRENT_TIMESTAMP} writes.
     */
    @Override
    public Instant timestamp(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text != null && text.length() > 10 && text.charAt(4) == '-') {
            TemporalAccessor time = READ_TIMESTAMP.parseBest(text.strip().replace(' ', 'T'), OffsetDateTime::from,
                    LocalDateTime::from);
            return time instanceof OffsetDateTime withOffset ? withOffset.toInstant()
                    : ((LocalDateTime) time).toInstant(ZoneOffset.UTC);
        }
        return Dialect.super.timestamp(row, column);
    }

    private static MigrateConfigurationException noSchemas() {
        return new MigrateConfigurationException("SQLite has no schemas: leave the schema setting (psm.migrate.schema,"
                + " --schema) unset for a SQLite database. Each SQLite database is one file: keep other tables apart"
                + " in another file, or give their migrations another version table (psm.migrate.version-table)");
    }
}
