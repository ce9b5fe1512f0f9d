package io.psm.migrate.cli;

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
        assertThat(Files.readString(written(result))).contains("CREATE TABLE phones (id INT PRIMARY KEY)", "DROP TABLE phones");
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

    @Test
    void migrateWithNoChangesWritesNothingAndSaysSo() throws Exception {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> ModelChanges.none())), "migrate", "-m", "nothing");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).isEmpty();
        assertThat(result.errLines()).containsExactly("INFO  [psm.migrate] No changes in schema detected.");
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith("_nothing.sql"));
        }
    }

    @Test
    void revisionAutogenerateWithNoChangesWritesNothingEither() {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");

        Cli.Result result = Cli.runEmbedded(environment(Optional.of(migrate -> ModelChanges.none())),
                "revision", "--autogenerate", "-m", "nothing", "--rev-id", "nothing05");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).isEmpty();
        assertThat(directory.resolve("nothing05_nothing.sql")).doesNotExist();
    }

    @Test
    void warningsAreLoggedByMigrateAndCheckAndKeptInTheScript() throws Exception {
        Cli.runEmbedded(environment(Optional.empty()), "upgrade");
        ModelChanges warned = new ModelChanges(List.of("Detected removed column 'users.email'"),
                List.of("Possible rename of 'users.email' to 'users.mail'"),
                "-- Possible rename of 'users.email' to 'users.mail'\nALTER TABLE users DROP COLUMN email;", "");

        Cli.Result migrate = Cli.runEmbedded(environment(Optional.of(any -> warned)), "migrate", "-m", "drop email");
        Cli.Result check = Cli.runEmbedded(environment(Optional.of(any -> warned)), "check");

        assertThat(migrate.errLines()).containsSubsequence("INFO  [psm.migrate] Detected removed column 'users.email'",
                "WARN  [psm.migrate] Possible rename of 'users.email' to 'users.mail'");
        assertThat(Files.readString(written(migrate))).contains("-- Possible rename of 'users.email' to 'users.mail'");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.errLines()).contains("WARN  [psm.migrate] Possible rename of 'users.email' to 'users.mail'");
    }

    private static Path written(Cli.Result result) {
        return Path.of(result.outLines().get(0).replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", ""));
    }

    private static ModelChanges phoneTable() {
        return new ModelChanges(List.of("Detected added table 'phones'"), List.of(),
                "CREATE TABLE phones (id INT PRIMARY KEY);", "DROP TABLE phones;");
    }

    private CommandEnvironment environment(Optional<Autogenerator> autogenerator) {
        return new ApplicationEnvironment(database.dataSource(), directory, autogenerator);
    }
}
