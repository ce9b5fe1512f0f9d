package io.psm.migrate.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A schema of its own on a database as a {@link Scratch}, created empty with a random name and
 * dropped with everything in it on {@link #close()}. The name is in the case the database folds
 * unquoted names to, so quoted and unquoted references both find it.
 */
public final class ScratchSchema implements Scratch {

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

    /** The database's own data source: the scratch is a schema of it. */
    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Optional<String> schema() {
        return Optional.of(name);
    }

    @Override
    public String description() {
        return "scratch schema " + name;
    }

    /**
     * Drops the schema and everything in it.
     *
     * @throws SQLException when it cannot be dropped; the caller names it, to drop by hand
     */
    @Override
    public void drop() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + quoted + " CASCADE");
        }
    }
}
