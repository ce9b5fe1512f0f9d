package io.psm.migrate.cli;

import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code import-flyway} against databases that real Flyway migrated: hawkbit's history taken over
 * half-way on H2 and PostgreSQL, a small one on SQLite, and the refusals when Flyway's history and
 * the files disagree.
 */
class ImportFlywayTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2", "POSTGRESQL"}) // hawkbit has no SQLite migrations
    void takesOverAHawkbitDatabaseFlywayMigratedHalfWayAndUpgradesItToFlywaysOwnSchema(TestDatabase.Kind kind) {
        List<HawkbitCorpus.FlywayScript> scripts = HawkbitCorpus.flywayScripts(kind);
        HawkbitCorpus.FlywayScript middle = scripts.get(scripts.size() / 2);
        String middleVersion = String.join(".", middle.version().stream().map(String::valueOf).toList());
        FlywayProject flyway = FlywayProject.hawkbit(kind, root.resolve("flyway"));
        try (Workspace workspace = Workspace.create(kind, root.resolve("migrations"));
             TestDatabase flywayOnly = TestDatabases.create(kind)) {
            flyway.migrate(workspace.database(), Optional.of(middleVersion));

            Cli.Result imported = workspace.run("import-flyway", flyway.folder().toString());

            String middleId = "v" + middleVersion.replace('.', '_');
            int after = scripts.size() - scripts.indexOf(middle) - 1;
            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.outLines()).hasSize(scripts.size()).allMatch(line -> line.startsWith("Generating "));
            assertThat(imported.errLines()).contains("INFO  [psm.migrate] Stamped " + middleId
                    + ", the newest version Flyway applied (" + middleVersion + "); 'upgrade' runs the " + after
                    + " revisions after it");
            assertThat(workspace.run("current").outLines()).containsExactly(middleId);

            Cli.Result upgrade = workspace.run("upgrade");

            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.errLines()).filteredOn(line -> line.contains("Running upgrade")).hasSize(after)
                    .first().asString().startsWith("INFO  [psm.migrate] Running upgrade " + middleId + " -> ");
            flyway.migrate(flywayOnly, Optional.empty());
            assertThat(FlywayProject.schema(flywayOnly).tables()).hasSizeGreaterThan(20);
            assertThat(FlywayProject.schema(workspace.database())).isEqualTo(FlywayProject.schema(flywayOnly));
        }
    }

    @Test
    void takesOverASqliteDatabaseFlywayMigratedAndUpgradesItToFlywaysOwnSchema() {
        FlywayProject flyway = smallProject();
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.SQLITE, root.resolve("migrations"));
             TestDatabase flywayOnly = TestDatabases.sqlite()) {
            flyway.migrate(workspace.database(), Optional.of("2"));

            Cli.Result imported = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.errLines()).contains("INFO  [psm.migrate] Stamped v2, the newest version Flyway applied"
                    + " (2); 'upgrade' runs the 1 revision after it");
            Cli.Result upgrade = workspace.run("upgrade");
            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.errLines()).contains("INFO  [psm.migrate] Running upgrade v2 -> v3, add size");
            flyway.migrate(flywayOnly, Optional.empty());
            assertThat(FlywayProject.schema(workspace.database())).isEqualTo(FlywayProject.schema(flywayOnly));
        }
    }

    @Test
    void importingAgainWritesNothingNewAndStampsNothingTwice() {
        FlywayProject flyway = smallProject();
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, root.resolve("migrations"))) {
            flyway.migrate(workspace.database(), Optional.of("2"));
            workspace.run("import-flyway", flyway.folder().toString());
            Map<Path, String> first = contents(workspace.directory());

            Cli.Result again = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(again.status()).as(again.err()).isZero();
            assertThat(again.outLines()).allMatch(line -> line.startsWith("Keeping ") && line.endsWith("(imported before, unchanged)"));
            assertThat(again.errLines()).contains("INFO  [psm.migrate] The database is already at v2 (Flyway applied up to 2);"
                    + " 'upgrade' runs the 1 revision after it");
            assertThat(contents(workspace.directory())).isEqualTo(first);
        }
    }

    @Test
    void writesTheChainInFlywaysNumericOrderWithUndoFilesAsDowngradesAndListsWhatItCannotImport() throws IOException {
        FlywayProject flyway = FlywayProject.in(root.resolve("flyway"))
                .write("V1__create_things.sql", "CREATE TABLE things (id INT PRIMARY KEY);\n")
                .write("V1_10__add_size.sql", "ALTER TABLE things ADD COLUMN size INT;\n")
                .write("V1_9__add_name.sql", "ALTER TABLE things ADD COLUMN name VARCHAR(20);\n")
                .write("U1_9__add_name.sql", "ALTER TABLE things DROP COLUMN name;\n")
                .write("V002__add_colour.sql", "ALTER TABLE things ADD COLUMN colour VARCHAR(9) DEFAULT '${colour}';\n")
                .write("R__things_view.sql", "CREATE OR REPLACE VIEW thing_names AS SELECT name FROM things;\n")
                .write("V1_5__Backfill.java", "class V1_5__Backfill {}\n")
                .write("afterMigrate.sql", "SELECT 1;\n");
        Path migrations = root.resolve("migrations");

        Cli.Result result = Cli.run("-d", migrations.toString(), "import-flyway", flyway.folder().toString());

        assertThat(result.status()).as(result.err()).isZero();
        Cli.Result history = Cli.run("-d", migrations.toString(), "history");
        assertThat(history.outLines()).containsExactly(
                "v1_10 -> v2 (head), add colour",
                "v1_9 -> v1_10, add size",
                "v1 -> v1_9, add name",
                "<base> -> v1, create things");
        String name = Files.readString(migrations.resolve("v1_9_add_name.sql"));
        assertThat(name).contains("-- migrate:downgrade\nALTER TABLE things DROP COLUMN name;\n");
        assertThat(Files.readString(migrations.resolve("v1_create_things.sql")))
                .contains("-- migrate:upgrade\nCREATE TABLE things (id INT PRIMARY KEY);\n")
                .contains("-- No downgrade section: Flyway had no undo file (U1__*.sql) for version 1,")
                .doesNotContain("-- migrate:downgrade\n");
        assertThat(result.errLines()).anyMatch(line -> line.startsWith("WARN  [psm.migrate] R__things_view.sql: a repeatable migration, not imported"))
                .anyMatch(line -> line.startsWith("WARN  [psm.migrate] V1_5__Backfill.java: a Java migration (version 1.5), not imported: it ran after v1 and before v1_9;"))
                .anyMatch(line -> line.startsWith("WARN  [psm.migrate] afterMigrate.sql: a Flyway callback, not imported"))
                .anyMatch(line -> line.startsWith("WARN  [psm.migrate] V002__add_colour.sql: uses Flyway placeholders"));
    }

    @Test
    void refusesAFileChangedSinceFlywayAppliedItAndWritesNothing() {
        FlywayProject flyway = smallProject();
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, root.resolve("migrations"))) {
            flyway.migrate(workspace.database(), Optional.empty());
            flyway.write("V2__add_name.sql", "ALTER TABLE things ADD COLUMN name VARCHAR(40);\n");

            Cli.Result result = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).contains("V2__add_name.sql has changed since Flyway applied it (checksum ")
                    .contains("restore the file as it was applied");
            assertThat(contents(workspace.directory())).isEmpty();
            assertThat(workspace.run("current").out()).isEmpty();
        }
    }

    @Test
    void acceptsLineEndingsAndAByteOrderMarkAsFlywaysChecksumDoes() {
        FlywayProject flyway = FlywayProject.in(root.resolve("flyway"))
                .write("V1__create_things.sql", "\uFEFFCREATE TABLE things (\r\n  id INT PRIMARY KEY\r\n);\r\n\r\n");
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, root.resolve("migrations"))) {
            flyway.migrate(workspace.database(), Optional.empty());
            flyway.write("V1__create_things.sql", "CREATE TABLE things (\n  id INT PRIMARY KEY\n);\n");

            Cli.Result result = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(workspace.run("current").outLines()).containsExactly("v1 (head)");
        }
    }

    @Test
    void refusesAFailedMigrationInFlywaysHistory() {
        FlywayProject flyway = smallProject().write("V4__broken.sql", "ALTER TABLE no_such_table ADD COLUMN x INT;\n");
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, root.resolve("migrations"))) {
            assertThatThrownBy(() -> flyway.migrate(workspace.database(), Optional.empty()))
                    .isInstanceOf(FlywayException.class);

            Cli.Result result = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).contains("Flyway's history records version 4 (V4__broken.sql, installed rank 4)"
                    + " as failed");
            assertThat(contents(workspace.directory())).isEmpty();
        }
    }

    @Test
    void reportsMigrationsAppliedOutOfOrderAndRefusesOnesNeverApplied() {
        FlywayProject flyway = FlywayProject.in(root.resolve("flyway"))
                .write("V1__create_things.sql", "CREATE TABLE things (id INT PRIMARY KEY);\n")
                .write("V3__add_size.sql", "ALTER TABLE things ADD COLUMN size INT;\n");
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, root.resolve("migrations"))) {
            flyway.migrate(workspace.database(), Optional.empty());
            flyway.write("V2__add_name.sql", "ALTER TABLE things ADD COLUMN name VARCHAR(20);\n");

            Cli.Result hole = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(hole.status()).isEqualTo(1);
            assertThat(hole.err()).contains("V2__add_name.sql (version 2) was never applied, though Flyway applied"
                    + " version 3");

            flyway.migrate(workspace.database(), Optional.empty(), true);
            Cli.Result outOfOrder = workspace.run("import-flyway", flyway.folder().toString());

            assertThat(outOfOrder.status()).as(outOfOrder.err()).isZero();
            assertThat(outOfOrder.errLines()).contains("WARN  [psm.migrate] version 2 (V2__add_name.sql, installed rank 3)"
                    + " was applied out of order, after version 3; the revisions run in version order on a new database");
            assertThat(workspace.run("current").outLines()).containsExactly("v3 (head)");
        }
    }

    private FlywayProject smallProject() {
        return FlywayProject.in(root.resolve("flyway"))
                .write("V1__create_things.sql", "CREATE TABLE things (id INT PRIMARY KEY);\n")
                .write("V2__add_name.sql", "ALTER TABLE things ADD COLUMN name VARCHAR(20);\n")
                .write("V3__add_size.sql", "ALTER TABLE things ADD COLUMN size INT;\n");
    }

    private static Map<Path, String> contents(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(java.util.stream.Collectors.toMap(file -> file, file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
