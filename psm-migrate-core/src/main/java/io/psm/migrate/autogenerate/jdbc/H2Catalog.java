package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** H2's {@code INFORMATION_SCHEMA}: {@code INDEXES.IS_GENERATED}, {@code CHECK_CONSTRAINTS} and {@code SEQUENCES}. */
final class H2Catalog implements CatalogQueries {

    @Override
    public Set<String> constraintIndexes(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED";
        return Set.copyOf(CatalogQueries.query(connection, sql, row -> row.getString(1), schema, table));
    }

    /**
     * Reads the columns through each constraint's index: H2 leaves {@code KEY_COLUMN_USAGE} stale after
     * {@code ALTER TABLE ... RENAME COLUMN}, while {@code INDEX_COLUMNS} follows the rename.
     */
    @Override
    public List<UniqueConstraint> uniqueConstraints(Connection connection, String schema, String table)
            throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, ic.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA"
                + " AND ic.INDEX_NAME = tc.INDEX_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'UNIQUE'"
                + " ORDER BY tc.CONSTRAINT_NAME, ic.ORDINAL_POSITION";
        return CatalogQueries.uniqueConstraints(connection, sql, schema, table);
    }

    @Override
    public List<CheckConstraint> checks(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
                + " ORDER BY tc.CONSTRAINT_NAME";
        return CatalogQueries.query(connection, sql,
                row -> new CheckConstraint(Optional.of(row.getString(1)), row.getString(2)), schema, table);
    }

    @Override
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        String sql = "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = ? ORDER BY SEQUENCE_NAME";
        return CatalogQueries.query(connection, sql,
                row -> new Sequence(row.getString(1), row.getLong(2), row.getLong(3)), schema);
    }
}
