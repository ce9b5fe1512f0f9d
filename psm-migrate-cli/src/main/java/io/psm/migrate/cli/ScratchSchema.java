package io.psm.migrate.cli;

import java.sql.SQLException;
import javax.sql.DataSource;

/** A schema of its own for {@code verify}, created empty and dropped with everything in it on {@link #close()}. */
final class ScratchSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final io.psm.migrate.jdbc.ScratchSchema schema;

    private ScratchSchema(DataSource dataSource, io.psm.migrate.jdbc.ScratchSchema schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /**
     * Creates a new schema with a random name, in the case the database folds unquoted names to,
     * so that quoted and unquoted references both find it.
     *
     * @throws CommandFailure when the schema cannot be created
     */
    static ScratchSchema create(DataSource dataSource) {
        try {
            return new ScratchSchema(dataSource, io.psm.migrate.jdbc.ScratchSchema.create(dataSource, "psm_verify_"));
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot create its scratch schema: " + e.getMessage(), e);
        }
    }

    /** The schema's name, as the database stores it. */
    String name() {
        return schema.name();
    }

    /** What the schema holds now. */
    SchemaSnapshot snapshot() {
        return SchemaSnapshot.read(dataSource, schema.name());
    }

    /**
     * Drops the schema and everything in it.
     *
     * @throws CommandFailure when it cannot be dropped; the message names it, to drop by hand
     */
    @Override
    public void close() {
        try {
            schema.drop();
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot drop its scratch schema " + schema.name() + " (drop it by hand): "
                    + e.getMessage(), e);
        }
    }
}
