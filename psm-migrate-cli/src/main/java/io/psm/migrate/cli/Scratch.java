package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where {@code verify} runs the revisions: a schema of its own in the database
 * ({@link ScratchSchema}), or, for a database without schemas (SQLite), a private database of the
 * same kind ({@link ScratchDatabase}). Gone again on {@link #close()}.
 */
sealed interface Scratch extends AutoCloseable permits ScratchSchema, ScratchDatabase {

    /**
     * A new, empty scratch beside the database.
     *
     * @throws CommandFailure when it cannot be made
     */
    static Scratch create(DataSource dataSource) {
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.detect(connection);
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot read the database's product: " + e.getMessage(), e);
        }
        return dialect.scratchDatabaseUrl().<Scratch>map(ScratchDatabase::open)
                .orElseGet(() -> ScratchSchema.create(dataSource));
    }

    /** The migration configured to run in the scratch. */
    PsmMigrate.Builder configure(PsmMigrate.Builder builder);

    /** What the scratch holds now. */
    SchemaSnapshot snapshot();

    /**
     * Removes the scratch and everything in it.
     *
     * @throws CommandFailure when it cannot be removed
     */
    @Override
    void close();
}
