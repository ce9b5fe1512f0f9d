package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.DiffResult;
import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.diff.SchemaChanges;
import io.psm.migrate.autogenerate.diff.SchemaDiff;
import io.psm.migrate.autogenerate.jdbc.DatabaseSchemaReader;
import io.psm.migrate.autogenerate.jdbc.DatabaseSnapshot;
import io.psm.migrate.autogenerate.render.SqlRenderer;
import io.psm.migrate.autogenerate.schema.SchemaModel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Compares a target model (what the application's entities need) with a live database and renders
 * the upgrade and downgrade SQL that closes the gap: the engine behind {@code db migrate} and
 * {@code db check}.
 *
 * <pre>{@code
 * SchemaModel target = new HibernateSchemaReader().read(metadata);
 * AutogenerateResult result = new Autogenerator(AutogenerateSettings.defaults().excluding("psm_version"))
 *         .compare(connection, target);
 * result.reportLines().forEach(System.err::println);
 * }</pre>
 *
 * <p>The connection belongs to the caller; it is only read from, never closed or committed.
 * Instances are immutable and thread-safe.
 */
public final class Autogenerator {

    private static final Logger LOG = LoggerFactory.getLogger(Autogenerator.class);

    private final AutogenerateSettings settings;
    private final TableFilter filter;

    /** An autogenerator for a schema, leaving the excluded tables alone. */
    public Autogenerator(AutogenerateSettings settings) {
        this.settings = settings;
        this.filter = new TableFilter(settings.excludedTables());
    }

    /**
     * Compares the target with the database.
     *
     * @param connection the caller's connection to the database
     * @param target     the model the database should match, spelled for the same database
     * @return the changes, the SQL in both directions, and warnings
     * @throws AutogenerateException if the target was built for another database
     * @throws io.psm.migrate.autogenerate.jdbc.SchemaReadException if the database cannot be read
     */
    public AutogenerateResult compare(Connection connection, SchemaModel target) {
        DatabaseSnapshot snapshot = snapshot(connection);
        SchemaModel database = snapshot.model();
        requireSameDatabase(target, database);
        DiffResult diff = new SchemaDiff().compare(target.without(filter::excludes), database);
        diff.changes().forEach(change -> LOG.debug(change.reportLine()));
        SqlRenderer renderer = SqlRenderer.forDatabase(database.database(), database.identifierCase(),
                settings.schema().map(name -> snapshot.schemaName()));
        List<String> warnings = new ArrayList<>(snapshot.warnings());
        warnings.addAll(diff.warnings());
        SchemaModel upgraded = SchemaChanges.applyTo(database, diff.changes());
        return new AutogenerateResult(diff.changes(), renderer.render(database, diff.changes()),
                renderer.render(upgraded, inverses(diff.changes())), warnings);
    }

    /**
     * Reads the database's schema as autogenerate sees it (without the excluded tables).
     *
     * @param connection the caller's connection, left open
     */
    public SchemaModel readDatabase(Connection connection) {
        return snapshot(connection).model();
    }

    /**
     * The statements that create the database's schema from nothing (a table, index, foreign key
     * or sequence each, in dependency order, names unqualified), as the upgrade of a result whose
     * downgrade drops it all again: what {@code squash --from-schema} writes.
     *
     * @param connection the caller's connection, left open
     * @return the creation, with the warnings about what was seen but cannot be written as SQL
     */
    public AutogenerateResult creation(Connection connection) {
        DatabaseSnapshot snapshot = snapshot(connection);
        SchemaModel database = snapshot.model();
        SchemaModel empty = new SchemaModel(database.database(), database.identifierCase(), List.of(), List.of());
        DiffResult diff = new SchemaDiff().compare(database, empty);
        SqlRenderer renderer = SqlRenderer.forDatabase(database.database(), database.identifierCase(), Optional.empty());
        List<String> warnings = new ArrayList<>(snapshot.warnings());
        warnings.addAll(diff.warnings());
        return new AutogenerateResult(diff.changes(), renderer.render(diff.changes()),
                renderer.render(inverses(diff.changes())), warnings);
    }

    private DatabaseSnapshot snapshot(Connection connection) {
        return new DatabaseSchemaReader().read(connection, settings.schema(), filter::includes);
    }

    private static List<SchemaChange> inverses(List<SchemaChange> changes) {
        List<SchemaChange> inverses = new ArrayList<>(changes.stream().map(SchemaChange::inverse).toList());
        Collections.reverse(inverses);
        return inverses;
    }

    private static void requireSameDatabase(SchemaModel target, SchemaModel database) {
        if (target.database() != database.database()) {
            throw new AutogenerateException("The entity model was built for " + target.database().productName()
                    + " but the database is " + database.database().productName()
                    + "; build the model with the database's dialect");
        }
        if (target.identifierCase() != database.identifierCase()) {
            throw new AutogenerateException("The entity model folds unquoted names to " + target.identifierCase()
                    + " case but the database folds them to " + database.identifierCase()
                    + " case; build the model with a connection to this database");
        }
    }
}
