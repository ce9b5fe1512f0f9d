package io.psm.migrate.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * H2: DDL commits the open transaction, unquoted names fold to upper case, and there is no
 * advisory lock, so the lock is a row held by an open transaction ({@link LockTableLock}).
 */
final class H2Dialect implements Dialect {

    /** H2's error codes for a table or schema that does not exist (42102, 42103, 42104, 90079). */
    private static final Set<Integer> MISSING = Set.of(42102, 42103, 42104, 90079);

    /** H2's keywords, which cannot name a table unquoted. */
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "any", "array", "as", "asymmetric", "authorization", "between", "both", "case",
            "cast", "check", "constraint", "cross", "current_catalog", "current_date", "current_path",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day",
            "default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign",
            "from", "full", "group", "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect",
            "interval", "is", "join", "key", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "minus", "minute", "month", "natural", "not", "null", "offset", "on", "or",
            "order", "over", "partition", "primary", "qualify", "range", "regexp", "right", "row", "rownum",
            "rows", "second", "select", "session_user", "set", "some", "symmetric", "system_user", "table",
            "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user", "using",
            "value", "values", "when", "where", "window", "with", "year", "_rowid_");

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quote(identifier, RESERVED);
    }

    @Override
    public boolean tableExists(Connection connection, TableName table) throws SQLException {
        // Selecting no row from the table itself is a lookup in H2's catalog; INFORMATION_SCHEMA.TABLES
        // would build a row for every table of the database first. An error does not end an H2
        // transaction, so this is safe inside one too.
        try (Statement statement = connection.createStatement();
             ResultSet ignored = statement.executeQuery("SELECT 1 FROM " + qualify(table) + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            if (MISSING.contains(e.getErrorCode())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public SchemaSwitch useSchema(Connection connection, String schema) throws SQLException {
        String previous = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            statement.execute("SET SCHEMA " + quote(schema));
        }
        return () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SCHEMA " + exactly(previous));
            }
        };
    }

    @Override
    public List<String> useSchemaStatements(String schema) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema), "SET SCHEMA " + quote(schema));
    }

    @Override
    public DatabaseLock lock(Connection connection, DataSource dataSource, LockRequest request) throws SQLException {
        LockTableLock attempt = LockTableLock.open(this, dataSource, lockTable(request.versionTable()).orElseThrow());
        return new LockPoller(attempt, qualify(request.versionTable()), request.timeout()).acquire();
    }

    @Override
    public Optional<TableName> lockTable(TableName versionTable) {
        return Optional.of(versionTable.sibling(versionTable.name() + "_lock"));
    }

    /**
     * The name as H2 stores it: a bare name folded as the database folds unquoted names (upper
     * case, or lower case with {@code DATABASE_TO_LOWER}), a quoted one as written.
     */
    String stored(Connection connection, String identifier) {
        if (!Identifiers.isBare(identifier, RESERVED)) {
            return identifier;
        }
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.storesLowerCaseIdentifiers() ? identifier : identifier.toUpperCase(Locale.ROOT);
        } catch (SQLException e) {
            return identifier.toUpperCase(Locale.ROOT);
        }
    }

    /** An identifier exactly as stored, quoted: for names read back from the database. */
    static String exactly(String storedName) {
        return '"' + storedName.replace("\"", "\"\"") + '"';
    }
}
