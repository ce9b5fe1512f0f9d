package io.psm.migrate.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A private in-memory database as a {@link Scratch}, for a database without schemas (SQLite's
 * {@code file:<name>?mode=memory&cache=shared}): it lives while the connection this object keeps
 * open lives, and vanishes with it on {@link #drop()}. Its name is private to the process.
 */
public final class ScratchDatabase implements Scratch {

    private final String name;
    private final DataSource dataSource;
    private final Connection keeper;

    private ScratchDatabase(String name, DataSource dataSource, Connection keeper) {
        this.name = name;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Opens the in-memory database of a JDBC URL and keeps it open.
     *
     * @param name    the database's name, for messages
     * @param jdbcUrl the URL of a database that lives while a connection to it is open
     * @return the scratch
     * @throws SQLException when it cannot be opened; the caller names what it was for
     */
    public static ScratchDatabase open(String name, String jdbcUrl) throws SQLException {
        DataSource dataSource = DatabaseUrl.parse(jdbcUrl).dataSource();
        return new ScratchDatabase(name, dataSource, dataSource.getConnection());
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Optional<String> schema() {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "scratch database " + name;
    }

    /** Closes the connection that keeps the database, which ends it. */
    @Override
    public void drop() throws SQLException {
        keeper.close();
    }
}
