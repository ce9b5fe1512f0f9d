package io.psm.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * PostgreSQL: transactional DDL, schemas through {@code search_path}, and a session advisory lock
 * that the server releases when the session ends, however it ends; from PostgreSQL 14 the server
 * also checks, during a long statement, that the session's client is still alive, so a killed
 * migration's lock goes within seconds.
 */
final class PostgresDialect implements Dialect {

    /** The server version that has {@code client_connection_check_interval}. */
    private static final int CLIENT_CHECK_SINCE = 14;
    private static final String CLIENT_CHECK_SETTING = "client_connection_check_interval";
    /** How often a migration session's server checks, during a statement, that the client is still there. */
    private static final String CLIENT_CHECK = "2s";

    /** PostgreSQL's reserved key words (those that cannot name a table or column unquoted). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quote(identifier, RESERVED);
    }

    @Override
    public boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, qualify(table));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    @Override
    public SchemaSwitch useSchema(Connection connection, String schema) throws SQLException {
        if (!schemaExists(connection, schema)) {
            execute(connection, "CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
        String previous = setting(connection, "SELECT current_setting('search_path')");
        String path = previous.isBlank() ? quote(schema) : quote(schema) + ", " + previous;
        setSearchPath(connection, path);
        return () -> setSearchPath(connection, previous);
    }

    @Override
    public List<String> useSchemaStatements(String schema) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema),
                "SET search_path TO " + quote(schema) + ", public");
    }

    /**
     * Takes the session advisory lock, then has the server check every {@link #CLIENT_CHECK} that
     * the session's client is still there while a statement runs ({@code client_connection_check_interval},
     * PostgreSQL 14 and later): without it, a client killed during a long statement leaves its
     * session, and the lock, until that statement ends. The setting is put back on release, for
     * a connection that returns to a pool.
     */
    @Override
    public DatabaseLock lock(Connection connection, DataSource dataSource, LockRequest request) throws SQLException {
        String schema = request.versionTable().schema()
                .orElse(setting(connection, "SELECT COALESCE(current_schema(), '')"));
        long key = AdvisoryLock.key(schema, request.versionTable().name());
        boolean checksClients = connection.getMetaData().getDatabaseMajorVersion() >= CLIENT_CHECK_SINCE;
        AdvisoryLock attempt = new AdvisoryLock(connection, key, checksClients);
        DatabaseLock held = new LockPoller(attempt, qualify(request.versionTable()), request.timeout()).acquire();
        if (!checksClients) {
            return held;
        }
        String previous;
        try {
            previous = setting(connection, "SELECT current_setting('" + CLIENT_CHECK_SETTING + "')");
            setClientCheck(connection, CLIENT_CHECK);
        } catch (SQLException | RuntimeException e) {
            try {
                held.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return () -> {
            try {
                setClientCheck(connection, previous);
            } finally {
                held.close();
            }
        };
    }

    private static void setClientCheck(Connection connection, String interval) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            statement.setString(1, CLIENT_CHECK_SETTING);
            statement.setString(2, interval);
            statement.execute();
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    private static void setSearchPath(Connection connection, String path) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            statement.setString(1, path);
            statement.execute();
        }
    }

    private static String setting(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
