package io.psm.migrate.cli;

import io.psm.migrate.autogenerate.jdbc.DatabaseSchemaReader;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A Flyway migration folder and real Flyway to migrate databases with it, as a project before it switches. */
final class FlywayProject {

    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "psm_version", "psm_history",
            "psm_version_lock");

    private final Path folder;

    private FlywayProject(Path folder) {
        this.folder = folder;
    }

    /** An empty Flyway folder. */
    static FlywayProject in(Path folder) {
        try {
            return new FlywayProject(Files.createDirectories(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hawkbit corpus of one database, copied as Flyway's files. */
    static FlywayProject hawkbit(TestDatabase.Kind kind, Path folder) {
        FlywayProject project = in(folder);
        HawkbitCorpus.flywayScripts(kind).forEach(script -> project.write(script.fileName(), script.sql()));
        return project;
    }

    Path folder() {
        return folder;
    }

    FlywayProject write(String name, String content) {
        try {
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs Flyway's migrate up to a version (all when empty), as the project did before switching. */
    MigrateResult migrate(TestDatabase database, Optional<String> target) {
        return migrate(database, target, false);
    }

    MigrateResult migrate(TestDatabase database, Optional<String> target, boolean outOfOrder) {
        var configuration = Flyway.configure()
                .dataSource(database.dataSource())
                .locations("filesystem:" + folder)
                .outOfOrder(outOfOrder);
        target.ifPresent(configuration::target);
        return configuration.load().migrate();
    }

    /** The schema of a database, without Flyway's and psm-migrate's own tables. */
    static SchemaModel schema(TestDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return new DatabaseSchemaReader().read(connection, Optional.empty(),
                    table -> !BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT))).model();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
