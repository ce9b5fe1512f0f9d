package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lint} in the standalone command line and inside an application, and the lint that
 * {@code migrate} and {@code revision --autogenerate} run on what they write.
 */
class LintCommandTest {

    static final Revision TABLES = Revision.of("tables01", "create tables",
            "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(80), name VARCHAR(40));\n"
                    + "CREATE INDEX users_name ON users (name);", "DROP TABLE users;");
    static final Revision INDEX = Revision.of("index002", "index email",
            "-- psm:lint-ignore drop-index-without-concurrently users_name is unused, and small\n"
                    + "DROP INDEX users_name;\nCREATE INDEX users_email ON users (email);",
            "DROP INDEX users_email;", "tables01");
    static final Revision NOTE = Revision.of("note0003", "add note", "ALTER TABLE users ADD COLUMN note TEXT;",
            "ALTER TABLE users DROP COLUMN note;", "index002");

    /** Below the working directory, so that findings print it as a relative path. */
    private Path directory;

    @BeforeEach
    void directory() throws IOException {
        directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "lint");
        new MigrationFiles(directory).write(TABLES, INDEX, NOTE);
    }

    @AfterEach
    void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void findingsArePrintedAsPathLineRuleMessageThenTheCountFails() {
        Cli.Result result = Cli.run("-d", directory.toString(), "--dialect", "postgresql", "lint");

        String file = directory.resolve("index002_index_email.sql").toString();
        assertThat(file).startsWith("target");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(file + ":10: index-without-concurrently: CREATE INDEX users_email"
                + " locks users against writes (SHARE lock) until the whole index is built; use CREATE INDEX CONCURRENTLY"
                + " in a revision marked 'Transactional: false' in its header");
        assertThat(result.errLines()).containsExactly("ERROR: 1 lint finding in 3 revisions (postgresql rules, 1"
                + " suppressed); make each statement safe as its message says, or suppress it with"
                + " '-- psm:lint-ignore <rule-id> <reason>' on the line before it");
    }

    @Test
    void aCleanRangeSaysSoAndSucceeds() {
        Cli.Result result = Cli.run("-d", directory.toString(), "--dialect", "postgres", "lint", "index002:note0003");

        assertThat(result.status()).isEqualTo(1);
        Cli.Result head = Cli.run("-d", directory.toString(), "--dialect", "postgresql", "lint", "head");
        assertThat(head.status()).isZero();
        assertThat(head.outLines()).containsExactly("No lint findings in 1 revision (postgresql rules).");
        assertThat(head.err()).isEmpty();
    }

    @Test
    void h2HasOnlyRenameAndDropRulesAndTheLogSaysSo() {
        Cli.Result result = Cli.run("-d", directory.toString(), "--dialect", "h2", "lint");

        assertThat(result.status()).isZero();
        assertThat(result.errLines()).containsExactly(
                "INFO  [psm.migrate] H2 has no lock-safety rules: only renames and drops are checked");
        assertThat(result.outLines()).containsExactly("No lint findings in 3 revisions (h2 rules).");
    }

    @Test
    void withoutADialectOrUrlLintSaysWhatItNeeds() {
        Cli.Result result = Cli.run("-d", directory.toString(), "lint");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ERROR: lint applies the rules of one type of database: name it"
                + " with the dialect setting (--dialect postgresql, mysql, mariadb, h2 or sqlite) or a URL (--url,"
                + " DATABASE_URL)");
    }

    @Test
    void pendingNeedsADatabaseAndExcludesARange() {
        assertThat(Cli.run("-d", directory.toString(), "--dialect", "postgresql", "lint", "--pending").status())
                .isEqualTo(2);
        Cli.Result both = Cli.run(Map.of("DATABASE_URL", "h2:mem:lint"), "-d", directory.toString(), "lint", "head",
                "--pending");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("Give TARGET|A:B or --pending, not both");
    }

    @Test
    void pendingLintsWhatThePostgresqlDatabaseHasNotApplied() {
        try (TestDatabase database = TestDatabases.postgres()) {
            String url = database.databaseUrl();
            assertThat(Cli.run("--url", url, "-d", directory.toString(), "upgrade", "index002").status()).isZero();
            Files.writeString(directory.resolve("note0003_add_note.sql"), NOTE.text().replace("ADD COLUMN note TEXT",
                    "ADD COLUMN note TEXT DEFAULT gen_random_uuid()::text"));

            Cli.Result result = Cli.run("--url", url, "-d", directory.toString(), "lint", "--pending");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.outLines()).singleElement().asString()
                    .startsWith(directory.resolve("note0003_add_note.sql") + ":8: volatile-default: ");
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("ERROR: 1 lint finding in 1 revision (postgresql rules)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDatabaseOfAnotherKindIsReadForPendingRevisionsButItsVersionIsNotUsed() {
        try (TestDatabase database = TestDatabases.h2()) {
            String url = database.databaseUrl();
            database.execute("SELECT 1");
            assertThat(Cli.run("--url", url, "-d", directory.toString(), "upgrade", "tables01").status()).isZero();

            Cli.Result result = Cli.run("--url", url, "--dialect", "postgresql", "-d", directory.toString(),
                    "lint", "--pending");

            assertThat(result.outLines()).singleElement().asString().contains(":10: index-without-concurrently: ");
            assertThat(result.errLines()).first().asString().startsWith("INFO  [psm.migrate] the database is H2 2.")
                    .endsWith(", not postgresql: its version is not used");
        }
    }

    @Test
    void dbLintUsesTheApplicationsDatabaseForItsRules() {
        try (TestDatabase database = TestDatabases.postgres()) {
            Cli.Result result = Cli.runEmbedded(environment(database.dataSource(), Optional.empty()), "lint");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.outLines()).singleElement().asString().contains(":10: index-without-concurrently: ");
        }
    }

    @Test
    void migrateLintsTheRevisionItWroteAndWarnsWithoutFailing() {
        try (TestDatabase database = TestDatabases.postgres()) {
            Autogenerator index = migrate -> new ModelChanges(List.of("Detected added index 'users_note' on '(note)'"),
                    List.of(), "CREATE INDEX users_note ON users (note);", "DROP INDEX users_note;");
            assertThat(Cli.runEmbedded(environment(database.dataSource(), Optional.empty()), "upgrade").status()).isZero();

            Cli.Result result = Cli.runEmbedded(environment(database.dataSource(), Optional.of(index)),
                    "migrate", "-m", "index note");

            assertThat(result.status()).isZero();
            String written = result.outLines().get(0).replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", "");
            assertThat(result.errLines()).containsExactly("INFO  [psm.migrate] Detected added index 'users_note' on '(note)'",
                    "WARN  [psm.migrate] " + Path.of("").toAbsolutePath().relativize(Path.of(written)) + ":8:"
                            + " index-without-concurrently: CREATE INDEX users_note locks users against writes (SHARE"
                            + " lock) until the whole index is built; use CREATE INDEX CONCURRENTLY in a revision marked"
                            + " 'Transactional: false' in its header");
        }
    }

    private CommandEnvironment environment(DataSource dataSource, Optional<Autogenerator> autogenerator) {
        return new ApplicationEnvironment(dataSource, directory, autogenerator);
    }
}
