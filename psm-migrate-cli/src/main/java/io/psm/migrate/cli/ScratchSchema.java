package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/** A schema of its own for {@code verify}, created empty and dropped with everything in it on {@link #close()}. */
final class ScratchSchema implements Scratch {

    private final DataSource dataSource;
    private final String name;
    private final String quoted;

    private ScratchSchema(DataSource dataSource, String name, String quoted) {
        this.dataSource = dataSource;
        this.name = name;
        this.quoted = quoted;
    }

    /**
     * Creates a new schema with a random name, in the case the database folds unquoted names to,
     * so that quoted and unquoted references both find it.
     *
     * @throws CommandFailure when the schema cannot be created
     */
    static ScratchSchema create(DataSource dataSource) {
        String name = "psm_verify_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String folded = metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
            String quote = metaData.getIdentifierQuoteString().trim();
            String quoted = quote + folded + quote;
            statement.execute("CREATE SCHEMA " + quoted);
            return new ScratchSchema(dataSource, folded, quoted);
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot create its scratch schema " + name + ": " + e.getMessage(), e);
        }
    }

    /** The schema's name, as the database stores it. */
    String name() {
        return name;
    }

    @Override
    public PsmMigrate.Builder configure(PsmMigrate.Builder builder) {
        return builder.schema(name);
    }

    /** What the schema holds now. */
    @Override
    public SchemaSnapshot snapshot() {
        return SchemaSnapshot.read(dataSource, name);
    }

    /**
     * Drops the schema and everything in it.
     *
     * @throws CommandFailure when it cannot be dropped; the message names it, to drop by hand
     */
    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + quoted + " CASCADE");
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot drop its scratch schema " + name + " (drop it by hand): "
                    + e.getMessage(), e);
        }
    }
}
