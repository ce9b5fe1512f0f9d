package io.psm.migrate.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An empty place of its own beside a database, for work that must not touch the database's own
 * tables: {@code verify} round-trips revisions there and {@code squash --from-schema} builds the
 * schema it reads back. It is a schema of the database ({@link ScratchSchema}) or, for a database
 * without schemas (SQLite), a private database of the same kind ({@link ScratchDatabase}); the
 * database's dialect chooses ({@code Dialect.createScratch}). Gone again on {@link #close()}.
 */
public sealed interface Scratch extends AutoCloseable permits ScratchSchema, ScratchDatabase {

    /**
     * Where to connect to the scratch: the database's own data source for a scratch schema, a data
     * source of its own for a scratch database.
     *
     * @return the data source; valid until {@link #close()}
     */
    DataSource dataSource();

    /**
     * The schema to work in, as the database stores its name; empty for a database of its own.
     *
     * @return the schema, if any
     */
    Optional<String> schema();

    /**
     * The scratch for people, in messages: {@code scratch schema psm_verify_0a1b2c3d4e5f}.
     *
     * @return the description
     */
    String description();

    /**
     * Removes the scratch and everything in it.
     *
     * @throws SQLException when it cannot be removed; the caller says so, naming {@link #description()}
     */
    void drop() throws SQLException;

    /** Removes the scratch, wrapping a failure in an unchecked {@link IllegalStateException} naming it. */
    @Override
    default void close() {
        try {
            drop();
        } catch (SQLException e) {
            throw new IllegalStateException("The " + description() + " could not be removed (remove it by hand): "
                    + e.getMessage(), e);
        }
    }
}
