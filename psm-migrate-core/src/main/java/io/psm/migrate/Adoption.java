package io.psm.migrate;

import io.psm.migrate.adopt.FlywayAdoption;
import io.psm.migrate.adopt.FlywayHistory;
import io.psm.migrate.adopt.FlywayHistoryRow;
import io.psm.migrate.adopt.FlywayImport;
import io.psm.migrate.adopt.FlywayImportResult;
import io.psm.migrate.adopt.SchemaAtRevision;
import io.psm.migrate.adopt.Squash;
import io.psm.migrate.adopt.SquashException;
import io.psm.migrate.adopt.SquashMode;
import io.psm.migrate.adopt.SquashPlan;
import io.psm.migrate.adopt.SquashResult;
import io.psm.migrate.adopt.SquashWriter;
import io.psm.migrate.adopt.SquashedRevisionException;
import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.jdbc.Scratch;
import io.psm.migrate.plan.StampMode;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.NewRevision;
import io.psm.migrate.script.ScriptWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@link PsmMigrate} does for {@code import-flyway} and {@code squash}: the glue between the
 * {@code adopt} package and the façade's scripts, writer and database.
 */
final class Adoption {

    private final Settings settings;
    private final Map<String, MigrationScript> scripts;
    private final Supplier<PsmMigrate> reload;
    private final Supplier<List<String>> heads;

    Adoption(Settings settings, Map<String, MigrationScript> scripts, Supplier<PsmMigrate> reload,
             Supplier<List<String>> heads) {
        this.settings = settings;
        this.scripts = scripts;
        this.reload = reload;
        this.heads = heads;
    }

    FlywayImportResult importFlyway(Path flywayDirectory, Path directory, Optional<String> flywayTable) {
        FlywayImport flyway = FlywayImport.of(flywayDirectory);
        Map<String, Path> existing = new HashMap<>();
        scripts.forEach((id, script) -> {
            Path file = Path.of(script.location());
            if (!script.location().startsWith("classpath:") && Files.isRegularFile(file)) {
                existing.put(id, file);
            }
        });
        Optional<FlywayAdoption.Database> database = flywayTable.map(table -> new FlywayAdoption.Database() {
            @Override
            public List<FlywayHistoryRow> flywayHistory() {
                try (Connection connection = settings.dataSource().getConnection()) {
                    return FlywayHistory.read(connection, table);
                } catch (SQLException e) {
                    throw new DatabaseAccessException("read Flyway's history table " + table, e);
                }
            }

            @Override
            public List<String> heads() {
                return heads.get();
            }

            @Override
            public void stamp(String revision) {
                reload.get().stamp(List.of(revision), StampMode.KEEP);
            }
        });
        return FlywayAdoption.run(flyway, writer(), directory, existing, database);
    }

    SquashResult squash(PsmMigrate migrate, String range, String message, SquashMode mode) {
        SquashPlan plan = Squash.plan(migrate.graph(), scripts, range);
        plan.files();
        List<String> warnings = new ArrayList<>();
        NewRevision revision;
        if (mode == SquashMode.STATEMENTS) {
            revision = plan.statements(message);
        } else {
            List<String> unread = plan.unreadStatements();
            if (!unread.isEmpty()) {
                throw new SquashException("--from-schema reads back tables, indexes, keys and sequences only, and the"
                        + " range also creates " + String.join("; ", unread.stream().map(Adoption::brief).toList())
                        + ": squash it without --from-schema");
            }
            AutogenerateResult schema = SchemaAtRevision.read(settings.dataSource(),
                    scratch -> on(scratch, migrate).upgrade(plan.id()), exclusions());
            warnings.addAll(schema.warnings());
            List<String> data = plan.dataStatements();
            if (!data.isEmpty()) {
                warnings.add("These statements change data, so they were kept at the end of the upgrade; check that"
                        + " they still work after the whole schema is created: "
                        + String.join("; ", data.stream().map(Adoption::brief).toList()));
            }
            revision = plan.fromSchema(message, schema.upgrade());
            SquashResult result = SquashWriter.write(plan, revision, writer(), warnings);
            return tryOnScratch(migrate, result);
        }
        return SquashWriter.write(plan, revision, writer(), warnings);
    }

    /**
     * Runs the new revision's upgrade on an empty scratch schema: statements kept at the end may
     * no longer fit the schema (a table a later revision dropped), and the user should hear so now.
     */
    private SquashResult tryOnScratch(PsmMigrate migrate, SquashResult result) {
        try {
            SchemaAtRevision.read(settings.dataSource(), scratch -> on(scratch, migrate).upgrade(result.revision()),
                    exclusions());
            return result;
        } catch (MigrateException e) {
            List<String> warnings = new ArrayList<>(result.warnings());
            warnings.add("The new upgrade fails on an empty schema, so edit " + result.file() + " before you commit it: "
                    + firstSentences(e.getMessage()));
            return new SquashResult(result.revision(), result.file(), result.removed(), result.replaces(), warnings);
        }
    }

    /** The same migration, quiet, in a scratch: its schema, or a database of its own. */
    private static PsmMigrate on(Scratch scratch, PsmMigrate migrate) {
        PsmMigrate.Builder builder = migrate.toBuilder().dataSource(scratch.dataSource()).listener(MigrationListener.NONE);
        scratch.schema().ifPresent(builder::schema);
        return builder.load();
    }

    /** The squash error for a database at a replaced revision, when one of its heads is one. */
    void requireNotSquashed(Collection<String> databaseHeads) {
        for (String head : databaseHeads) {
            if (scripts.containsKey(head)) {
                continue;
            }
            for (MigrationScript script : scripts.values()) {
                if (script.replaces().contains(head)) {
                    throw new SquashedRevisionException(head, script.id(), script.location());
                }
            }
        }
    }

    private io.psm.migrate.autogenerate.AutogenerateSettings exclusions() {
        try (Connection connection = settings.dataSource().getConnection()) {
            return new ModelComparison(settings.dataSource(), settings.execution(), settings.autogenerateExclusions())
                    .settings(Dialect.detect(connection));
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the database's product for squash --from-schema", e);
        }
    }

    private ScriptWriter writer() {
        return new ScriptWriter(settings.clock(), settings.fileTemplate());
    }

    /** A failure's message without the list of statements that ran before it. */
    private static String firstSentences(String message) {
        int ran = message.indexOf(". Statements that ran before it");
        return ran < 0 ? message : message.substring(0, ran + 1);
    }

    private static String brief(String statement) {
        String line = statement.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
