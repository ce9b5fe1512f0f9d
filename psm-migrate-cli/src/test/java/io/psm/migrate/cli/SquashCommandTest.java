package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code squash A:B}: by statements and from the schema, on H2 and PostgreSQL, and its refusals. */
class SquashCommandTest {

    private static final Revision NOTES = Revision.of("notes04d", "create notes",
            "CREATE TABLE notes (id INT PRIMARY KEY, user_id INT REFERENCES users (id));\n"
                    + "INSERT INTO users (id, phone) VALUES (1, '555');", "DROP TABLE notes;", "email03c");
    private static final Revision TAGS = Revision.of("tags05e", "add tags",
            "ALTER TABLE notes ADD COLUMN tags VARCHAR(50);", "ALTER TABLE notes DROP COLUMN tags;", "notes04d");

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void replacesALinearRunByOneRevisionThatADatabaseAtItsNewestRevisionCarriesOnFrom(TestDatabase.Kind kind)
            throws IOException {
        try (Workspace workspace = Workspace.create(kind, directory);
             TestDatabase fresh = TestDatabases.create(kind)) {
            Histories.linear(workspace);
            workspace.files().write(NOTES, TAGS);
            workspace.run("upgrade", "notes04d");

            Cli.Result squash = workspace.run("squash", "users01a:notes04d", "-m", "Users and notes");

            assertThat(squash.status()).as(squash.err()).isZero();
            assertThat(sqlFiles()).containsExactly("notes04d_users_and_notes.sql", "tags05e_add_tags.sql");
            String text = Files.readString(directory.resolve("notes04d_users_and_notes.sql"));
            assertThat(text).contains("-- Revision ID: notes04d\n-- Revises:\n")
                    .contains("-- Replaces: users01a, phone02b, email03c\n")
                    .containsSubsequence("CREATE TABLE users", "ADD COLUMN phone", "ADD COLUMN email", "CREATE TABLE notes",
                            "INSERT INTO users", "-- migrate:downgrade", "DROP TABLE notes", "DROP COLUMN email",
                            "DROP COLUMN phone", "DROP TABLE users");
            assertThat(workspace.run("history").outLines()).containsExactly("notes04d -> tags05e (head), add tags",
                    "<base> -> notes04d, Users and notes");

            Cli.Result upgrade = workspace.run("upgrade");
            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.errLines()).containsExactly("INFO  [psm.migrate] Running upgrade notes04d -> tags05e, add tags");

            String freshUrl = fresh.databaseUrl();
            fresh.execute("SELECT 1");
            assertThat(Cli.run("--url", freshUrl, "-d", directory.toString(), "upgrade").status()).isZero();
            assertThat(FlywayProject.schema(fresh)).isEqualTo(FlywayProject.schema(workspace.database()));
            Cli.Result down = Cli.run("--url", freshUrl, "-d", directory.toString(), "downgrade", "base");
            assertThat(down.status()).as(down.err()).isZero();
            assertThat(FlywayProject.schema(fresh).tables()).isEmpty();
        }
    }

    @Test
    void tellsADatabaseAtAReplacedRevisionHowToProceed() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.linear(workspace);
            workspace.files().write(NOTES);
            workspace.run("upgrade", "phone02b");
            workspace.run("squash", "users01a:email03c", "-m", "Users");

            Cli.Result upgrade = workspace.run("upgrade");

            assertThat(upgrade.status()).isEqualTo(1);
            assertThat(upgrade.errLines()).singleElement().asString().startsWith("ERROR: The database is at revision"
                    + " phone02b, which was squashed into revision email03c (" + directory.resolve("email03c_users.sql"))
                    .contains("check out the commit before it and run 'upgrade email03c'");
        }
    }

    @Test
    void refusesARangeWithABranchPointInsideAndChangesNothing() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.branched(workspace);
            List<String> before = sqlFiles();

            Cli.Result result = workspace.run("squash", "root0001:left0003", "-m", "Ledger");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).contains("ERROR: The range is not linear: right004 (")
                    .contains("revises fork0002 inside it, which is a branch point");
            assertThat(sqlFiles()).isEqualTo(before);
        }
    }

    @Test
    void refusesARangeThatARevisionOutsideDependsOnAndOneGivenNewestFirst() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.H2, directory)) {
            Histories.linear(workspace);
            workspace.files().write(NOTES.dependingOn("phone02b"));

            Cli.Result dependent = workspace.run("squash", "users01a:email03c", "-m", "Users");
            Cli.Result reversed = workspace.run("squash", "email03c:users01a", "-m", "Users");

            assertThat(dependent.err()).contains("ERROR: notes04d (").contains("depends on phone02b, which the squash"
                    + " would replace; make it depend on email03c first");
            assertThat(reversed.err()).contains("is not linear").contains("(the older revision comes first: users01a:email03c)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void fromSchemaWritesOneStatementPerObjectAndKeepsTheStatementsThatChangeDataAtTheEnd(TestDatabase.Kind kind)
            throws IOException {
        try (Workspace workspace = Workspace.create(kind, directory);
             TestDatabase fresh = TestDatabases.create(kind)) {
            Histories.linear(workspace);
            workspace.files().write(NOTES);

            Cli.Result squash = workspace.run("squash", "users01a:notes04d", "-m", "Schema", "--from-schema");

            assertThat(squash.status()).as(squash.err()).isZero();
            assertThat(squash.errLines()).anyMatch(line -> line.startsWith("WARN  [psm.migrate] These statements change"
                    + " data, so they were kept at the end of the upgrade") && line.contains("INSERT INTO users (id, phone)"));
            String text = Files.readString(directory.resolve("notes04d_schema.sql"));
            if (kind == TestDatabase.Kind.SQLITE) { // its ALTER TABLE adds no key: the key is part of the table
                assertThat(text).containsSubsequence("-- migrate:upgrade", "CREATE TABLE notes (",
                        "FOREIGN KEY (user_id) REFERENCES users (id)", "CREATE TABLE users (");
            } else {
                assertThat(text).containsSubsequence("-- migrate:upgrade", "CREATE TABLE notes (", "CREATE TABLE users (",
                        "ALTER TABLE notes ADD CONSTRAINT");
            }
            assertThat(text).containsSubsequence("CREATE TABLE users (",
                    "-- Statements of the squashed revisions that change data",
                    "INSERT INTO users (id, phone) VALUES (1, '555');", "-- migrate:downgrade", "DROP TABLE notes;");
            assertThat(text).doesNotContain("ADD COLUMN phone").doesNotContainIgnoringCase("psm_squash");

            workspace.run("upgrade");
            fresh.execute("SELECT 1");
            Cli.Result fromSquash = Cli.run("--url", fresh.databaseUrl(), "-d", directory.toString(), "upgrade");
            assertThat(fromSquash.status()).as(fromSquash.err()).isZero();
            assertThat(FlywayProject.schema(fresh)).isEqualTo(FlywayProject.schema(workspace.database()));
        }
    }

    private List<String> sqlFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
