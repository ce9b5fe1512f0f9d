package io.psm.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SQLite's foreign keys around one revision, where the connection enforces them
 * ({@code PRAGMA foreign_keys = ON}): enforcement is turned off before the revision's transaction
 * begins and on again after it ends, and {@code PRAGMA foreign_key_check} must find no more rows
 * referring to nothing before it commits than before it began.
 *
 * <p>This is the procedure SQLite's documentation gives for schema changes (and what Django's
 * migrations do). Enforcement cannot change inside a transaction, and with it on, the
 * {@code DROP TABLE} of a table rebuilt by move and copy would run the {@code ON DELETE} actions of
 * the keys that refer to it (deleting or nulling their rows) or fail on {@code RESTRICT}. Within a
 * revision, keys are therefore checked once, at its end, rather than statement by statement, and
 * {@code ON DELETE} actions do not run.
 */
final class SqliteForeignKeys implements TransactionGuard {

    /** How many violations the failure names before it only counts them. */
    private static final int NAMED_VIOLATIONS = 5;
    /** How many violations found before the revision are remembered one by one; beyond it, only counted. */
    private static final int REMEMBERED_VIOLATIONS = 10_000;

    private final Connection connection;
    private final Violations before;

    private SqliteForeignKeys(Connection connection, Violations before) {
        this.connection = connection;
        this.before = before;
    }

    /** Turns enforcement off for the coming transaction if the connection enforces keys; else guards nothing. */
    static TransactionGuard open(Connection connection) throws SQLException {
        autoCommit(connection);
        if (!enforced(connection)) {
            return NONE;
        }
        Violations before = Violations.read(connection);
        execute(connection, "PRAGMA foreign_keys = OFF");
        return new SqliteForeignKeys(connection, before);
    }

    /**
     * Fails when the revision leaves more rows referring to nothing than there were before it: a
     * database that already held such rows (SQLite enforces no key until told to) can still be
     * migrated, but no revision adds to them.
     */
    @Override
    public void beforeCommit() throws SQLException {
        Violations after = Violations.read(connection);
        if (after.count() <= before.count()) {
            return;
        }
        List<String> added = after.named().stream().filter(violation -> !before.named().contains(violation))
                .limit(NAMED_VIOLATIONS).toList();
        long count = after.count() - before.count();
        throw new SQLException("FOREIGN KEY constraint failed: the revision leaves " + count + " more row(s) referring"
                + " to rows that do not exist (" + String.join("; ", added) + (count > added.size() ? "; ..." : "")
                + "). Keys are checked at the end of each revision on SQLite, and ON DELETE actions do not run"
                + " within it: delete or update the referring rows in the revision", "23000");
    }

    @Override
    public void close() throws SQLException {
        autoCommit(connection);
        execute(connection, "PRAGMA foreign_keys = ON");
    }

    /** The rows {@code PRAGMA foreign_key_check} finds: how many, and the first ones by name. */
    private record Violations(long count, Set<String> named) {

        static Violations read(Connection connection) throws SQLException {
            Set<String> named = new LinkedHashSet<>();
            long count = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    count++;
                    if (named.size() < REMEMBERED_VIOLATIONS) {
                        named.add(rows.getString("table") + " row " + rows.getLong("rowid") + " refers to a missing "
                                + rows.getString("parent") + " row");
                    }
                }
            }
            return new Violations(count, named);
        }
    }

    private static boolean enforced(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA foreign_keys")) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    /**
     * Autocommit mode, so that the pragma takes effect: after a commit in manual mode the SQLite
     * driver has already begun the next transaction, in which the pragma would be ignored.
     */
    private static void autoCommit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
