package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL's catalog: {@code pg_constraint}, {@code pg_sequences} and {@code pg_depend}. */
final class PostgresCatalog implements CatalogQueries {

    private static final String TABLE_CONSTRAINTS = " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ? AND t.relname = ?";

    @Override
    public Set<String> constraintIndexes(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT i.relname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_class i ON i.oid = c.conindid"
                + " WHERE n.nspname = ? AND t.relname = ? AND c.contype IN ('p', 'u', 'x')";
        return Set.copyOf(CatalogQueries.query(connection, sql, row -> row.getString(1), schema, table));
    }

    @Override
    public List<UniqueConstraint> uniqueConstraints(Connection connection, String schema, String table)
            throws SQLException {
        String sql = "SELECT tc.constraint_name, k.column_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema"
                + " AND k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema"
                + " AND k.table_name = tc.table_name"
                + " WHERE tc.table_schema = ? AND tc.table_name = ? AND tc.constraint_type = 'UNIQUE'"
                + " ORDER BY tc.constraint_name, k.ordinal_position";
        return CatalogQueries.uniqueConstraints(connection, sql, schema, table);
    }

    @Override
    public List<CheckConstraint> checks(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT c.conname, pg_get_constraintdef(c.oid)" + TABLE_CONSTRAINTS
                + " AND c.contype = 'c' ORDER BY c.conname";
        return CatalogQueries.query(connection, sql,
                row -> new CheckConstraint(Optional.of(row.getString(1)), expression(row.getString(2))), schema, table);
    }

    @Override
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        String sql = "SELECT s.sequencename, s.start_value, s.increment_by FROM pg_sequences s"
                + " WHERE s.schemaname = ? AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                + " JOIN pg_class q ON q.oid = d.objid JOIN pg_namespace n ON n.oid = q.relnamespace"
                + " WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
                + " AND q.relname = s.sequencename AND n.nspname = s.schemaname)"
                + " ORDER BY s.sequencename";
        return CatalogQueries.query(connection, sql,
                row -> new Sequence(row.getString(1), row.getLong(2), row.getLong(3)), schema);
    }

    /** {@code CHECK ((x > 0))} as {@code pg_get_constraintdef} gives it, without {@code CHECK ( )}. */
    static String expression(String definition) {
        String body = definition.trim();
        if (body.regionMatches(true, 0, "CHECK ", 0, 6)) {
            body = body.substring(6).trim();
        }
        int end = body.lastIndexOf(')');
        return body.startsWith("(") && end > 0 ? body.substring(1, end) : body;
    }
}
