package io.psm.migrate.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A schema of its own on a database, created empty with a random name and dropped with everything
 * in it on {@link #close()}: where {@code verify} round-trips revisions and {@code squash
 * --from-schema} builds the schema it reads back. The name is in the case the database folds
 * unquoted names to, so quoted and unquoted references both find it.
 */
public final class ScratchSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final String name;
    private final String quoted;

    private ScratchSchema(DataSource dataSource, String name, String quoted) {
        this.dataSource = dataSource;
        this.name = name;
        this.quoted = quoted;
    }

    /**
     * Creates a schema named {@code prefix} and 12 random hex digits.
     *
     * @param dataSource the database; a connection is borrowed and returned
     * @param prefix     the start of the name, such as {@code psm_verify_}
     * @return the schema
     * @throws SQLException when it cannot be created; the caller names what it was for
     */
    public static ScratchSchema create(DataSource dataSource, String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String folded = metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
            String quote = metaData.getIdentifierQuoteString().trim();
            String quoted = quote + folded + quote;
            statement.execute("CREATE SCHEMA " + quoted);
            return new ScratchSchema(dataSource, folded, quoted);
        }
    }

    /** The schema's name, as the database stores it. */
    public String name() {
        return name;
    }

    /**
     * Drops the schema and everything in it.
     *
     * @throws SQLException when it cannot be dropped; the caller names it, to drop by hand
     */
    public void drop() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + quoted + " CASCADE");
        }
    }

    /** Drops the schema, wrapping a failure in an unchecked {@link IllegalStateException} naming it. */
    @Override
    public void close() {
        try {
            drop();
        } catch (SQLException e) {
            throw new IllegalStateException("The scratch schema " + name + " could not be dropped (drop it by hand): "
                    + e.getMessage(), e);
        }
    }
}
