package io.psm.migrate.adopt;

import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.AutogenerateSettings;
import io.psm.migrate.autogenerate.Autogenerator;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.SchemaSwitch;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.jdbc.Scratch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The schema a revision builds, read back: a scratch is created beside the database (a schema, or
 * on SQLite a private in-memory database), upgraded to the revision by the caller, read with
 * autogenerate's reader and rendered as the statements that create it, then removed.
 */
public final class SchemaAtRevision {

    private SchemaAtRevision() {
    }

    /**
     * Builds and reads the schema.
     *
     * @param dataSource the database the scratch is made beside
     * @param upgrade    upgrades the scratch to the revision
     * @param settings   what to leave out (the version, history and lock tables); its schema is the scratch's
     * @return the creation statements and the reader's warnings
     * @throws DatabaseAccessException when the scratch cannot be created, read or removed
     */
    public static AutogenerateResult read(DataSource dataSource, Consumer<Scratch> upgrade, AutogenerateSettings settings) {
        Scratch scratch;
        try (Connection connection = dataSource.getConnection()) {
            scratch = Dialect.detect(connection).createScratch(dataSource, "psm_squash_");
        } catch (SQLException e) {
            throw new DatabaseAccessException("create a scratch schema for squash --from-schema", e);
        }
        try {
            upgrade.accept(scratch);
            return readBack(scratch, settings);
        } finally {
            try {
                scratch.drop();
            } catch (SQLException e) {
                throw new DatabaseAccessException("remove the " + scratch.description() + " (remove it by hand)", e);
            }
        }
    }

    private static AutogenerateResult readBack(Scratch scratch, AutogenerateSettings settings) {
        try (Connection connection = scratch.dataSource().getConnection()) {
            if (scratch.schema().isEmpty()) {
                return new Autogenerator(settings).creation(connection);
            }
            String schema = scratch.schema().get();
            // The scratch schema current, so that defaults naming its sequences read unqualified.
            SchemaSwitch previous = Dialect.detect(connection).useSchema(connection, schema);
            try {
                return new Autogenerator(settings.withSchema(schema)).creation(connection);
            } finally {
                previous.restore();
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("read back the schema of the " + scratch.description(), e);
        }
    }
}
