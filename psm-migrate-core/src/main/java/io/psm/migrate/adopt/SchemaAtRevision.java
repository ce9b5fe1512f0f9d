package io.psm.migrate.adopt;

import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.AutogenerateSettings;
import io.psm.migrate.autogenerate.Autogenerator;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.SchemaSwitch;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.jdbc.ScratchSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The schema a revision builds, read back: a scratch schema is created on the database, upgraded to
 * the revision by the caller, read with autogenerate's reader and rendered as the statements that
 * create it, then dropped.
 */
public final class SchemaAtRevision {

    private SchemaAtRevision() {
    }

    /**
     * Builds and reads the schema.
     *
     * @param dataSource the database the scratch schema is made on
     * @param upgrade    upgrades the schema of the given name to the revision
     * @param settings   what to leave out (the version, history and lock tables); its schema is replaced
     * @return the creation statements and the reader's warnings
     * @throws DatabaseAccessException when the scratch schema cannot be created, read or dropped
     */
    public static AutogenerateResult read(DataSource dataSource, Consumer<String> upgrade, AutogenerateSettings settings) {
        ScratchSchema scratch;
        try {
            scratch = ScratchSchema.create(dataSource, "psm_squash_");
        } catch (SQLException e) {
            throw new DatabaseAccessException("create a scratch schema for squash --from-schema", e);
        }
        try {
            upgrade.accept(scratch.name());
            try (Connection connection = dataSource.getConnection()) {
                // The scratch schema current, so that defaults naming its sequences read unqualified.
                SchemaSwitch previous = Dialect.detect(connection).useSchema(connection, scratch.name());
                try {
                    return new Autogenerator(settings.withSchema(scratch.name())).creation(connection);
                } finally {
                    previous.restore();
                }
            } catch (SQLException e) {
                throw new DatabaseAccessException("read back the schema of " + scratch.name(), e);
            }
        } finally {
            try {
                scratch.drop();
            } catch (SQLException e) {
                throw new DatabaseAccessException("drop the scratch schema " + scratch.name() + " (drop it by hand)", e);
            }
        }
    }
}
