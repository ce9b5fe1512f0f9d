package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The db commands of an application against its own DataSource, with an autogenerator plugged in. */
class EmbeddedDatabaseCommandsTest {

    @TempDir
    Path directory;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.h2();
        Histories.linear(new MigrationFiles(directory));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void upgradeAndCurrentRunAgainstTheApplicationsDataSource() {
        assertThat(Cli.runEmbedded(environment(Optional.empty()), "upgrade").status()).isZero();

        Cli.Result result = Cli.runEmbedded(environment(Optional.empty()), "current", "-v");

        assertThat(result.outLines()).startsWith("Current revision(s) for app-database:", "Rev: email03c (head)");
    }

    @Test
    void checkWithAnAgreeingModelSaysNothingIsDetected() {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> ModelChanges.none())), "check");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).containsExactly("No new upgrade operations detected.");
    }

    @Test
    void checkWithADifferingModelListsTheChangesAndFails() {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> phoneTable())), "check");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly("Detected added table 'phones'");
        assertThat(result.errLines()).containsExactly(
                "ERROR: New upgrade operations detected: 1; write them with 'db migrate -m MSG'");
    }

    @Test
    void migrateLogsTheDetectedChangesAndWritesThemIntoANewRevision() throws Exception {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> phoneTable())), "migrate", "-m", "add phones");

        assertThat(result.status()).isZero();
        assertThat(result.errLines()).contains("INFO  [psm.migrate] Detected added table 'phones'");
        assertThat(result.outLines()).singleElement().asString().startsWith("Generating ").endsWith("_add_phones.sql ...  done");
        Path written = Path.of(result.outLines().get(0).replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", ""));
        assertThat(Files.readString(written)).contains("CREATE TABLE phones (id INT PRIMARY KEY)", "DROP TABLE phones");
    }

    @Test
    void revisionAutogenerateWritesTheModelsChangesOnTheGivenRevisionId() throws Exception {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> phoneTable())),
                "revision", "--autogenerate", "-m", "add phones", "--rev-id", "phones04");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).containsExactly(
                "Generating " + directory.toAbsolutePath().resolve("phones04_add_phones.sql") + " ...  done");
        assertThat(Files.readString(directory.resolve("phones04_add_phones.sql")))
                .contains("-- Revises: email03c", "CREATE TABLE phones (id INT PRIMARY KEY)");
    }

    private static ModelChanges phoneTable() {
        return new ModelChanges(List.of("added table 'phones'"), "CREATE TABLE phones (id INT PRIMARY KEY);",
                "DROP TABLE phones;");
    }

    private CommandEnvironment environment(Optional<Autogenerator> autogenerator) {
        return new CommandEnvironment() {
            @Override
            public PsmMigrate.Builder configure() {
                return PsmMigrate.configure().dataSource(database.dataSource()).locations("filesystem:" + directory);
            }

            @Override
            public String databaseDescription() {
                return "app-database";
            }

            @Override
            public Path defaultDirectory() {
                return directory;
            }

            @Override
            public Optional<DataSource> dataSource() {
                return Optional.of(database.dataSource());
            }

            @Override
            public Optional<Autogenerator> autogenerator() {
                return autogenerator;
            }
        };
    }
}
