package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A private in-memory database for {@code verify} on a database without schemas (SQLite): it
 * lives as long as the connection this object keeps open, and vanishes with it on {@link #close()}.
 */
final class ScratchDatabase implements Scratch {

    private final DataSource dataSource;
    private final Connection keeper;

    private ScratchDatabase(DataSource dataSource, Connection keeper) {
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Opens the database of a JDBC URL and keeps it open.
     *
     * @throws CommandFailure when it cannot be opened
     */
    static ScratchDatabase open(String jdbcUrl) {
        DataSource dataSource = DatabaseUrl.parse(jdbcUrl).dataSource();
        try {
            return new ScratchDatabase(dataSource, dataSource.getConnection());
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot open its scratch database: " + e.getMessage(), e);
        }
    }

    @Override
    public PsmMigrate.Builder configure(PsmMigrate.Builder builder) {
        return builder.dataSource(dataSource);
    }

    @Override
    public SchemaSnapshot snapshot() {
        return SchemaSnapshot.read(dataSource, null);
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot close its scratch database: " + e.getMessage(), e);
        }
    }
}
