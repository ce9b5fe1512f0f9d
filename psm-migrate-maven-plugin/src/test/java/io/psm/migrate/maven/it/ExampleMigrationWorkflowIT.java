package io.psm.migrate.maven.it;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's Example Migration Workflow through the plugin, with the real {@code mvn}, in a fresh
 * Spring Boot project: add a field to the entity, {@code compile psm-migrate:migrate}, review the
 * generated revision, {@code psm-migrate:upgrade}, and {@code spring-boot:run} starts with
 * {@code ddl-auto=validate}; then {@code current}, {@code history}, {@code downgrade}, failing
 * commands (their {@code ERROR:} line as the build's failure, no stack trace), a revision deleted from
 * the sources that a stale copy in {@code target/classes} does not bring back, the warning about a
 * model older than its sources, and {@code check} failing the {@code verify} phase. No jar is ever packaged for the
 * commands. One project per database, reused across its steps; several goals per Maven run.
 */
class ExampleMigrationWorkflowIT {

    private static LocalRepository repository;
    private static boolean online = true;

    @TempDir
    Path workspace;

    @BeforeAll
    static void installThisBuildsArtifacts() throws Exception {
        repository = LocalRepository.install();
    }

    @Test
    void onH2FromAFieldAddedToTheEntityToTheRunningApplication() throws Exception {
        BooksProject project = BooksProject.create(this.workspace.resolve("books"));
        List<String> h2 = List.of("-Dspring.profiles.active=h2");

        project.addIsbnToBook();
        MavenRun migrate = mvn(project, Map.of(), h2, "compile", "psm-migrate:upgrade", "psm-migrate:migrate",
                "-Dpsm.message=Add isbn to Book");

        Path revision = assertMigrated(project, migrate);
        String id = BooksProject.revisionId(revision);
        assertThat(project.file("target/classes/db/migrations/" + revision.getFileName()))
                .as("the revision was written after process-resources: the next goal must read the sources").isEmpty();

        MavenRun loop = mvn(project, Map.of(), h2, "psm-migrate:upgrade", "psm-migrate:current", "psm-migrate:heads",
                "-Dpsm.check", "psm-migrate:lint", "psm-migrate:history",
                "-Dpsm.indicateCurrent", "verify", "spring-boot:run", "-Dspring-boot.run.profiles=h2",
                "psm-migrate:downgrade", "psm-migrate:show", "-Dpsm.revision=zzzz");

        assertThat(loop.status()).as("only the last goal fails: " + loop.output()).isEqualTo(1);
        assertThat(loop.err()).contains("Running upgrade " + BooksProject.FIRST_REVISION + " -> " + id
                + ", Add isbn to Book");
        assertThat(loop.results()).containsSubsequence(id + " (head)", id + " (head)",
                "No lint findings in 2 revisions (h2 rules).",
                BooksProject.FIRST_REVISION + " -> " + id + " (head) (current), Add isbn to Book",
                "<base> -> " + BooksProject.FIRST_REVISION + ", Create book",
                "No new upgrade operations detected.", "Books stored: 1");
        assertThat(loop.err()).contains("Running downgrade " + id + " -> " + BooksProject.FIRST_REVISION
                + ", Add isbn to Book");
        assertThat(loop.err()).contains("ERROR: Can't locate revision identified by 'zzzz'");
        assertThat(loop.out()).contains(":show (default-cli) on project books: Can't locate revision identified by"
                + " 'zzzz'").doesNotContain("\tat ");
        assertThat(project.file("target/classes/db/migrations/" + revision.getFileName())).isPresent();

        Files.delete(revision);
        project.touchEntity();
        MavenRun stale = mvn(project, Map.of(), h2, "psm-migrate:history", "psm-migrate:check");

        assertThat(stale.status()).as(stale.output()).isEqualTo(1);
        assertThat(stale.results()).as("a revision deleted from the sources is not read from target/classes")
                .startsWith("<base> -> " + BooksProject.FIRST_REVISION + " (head), Create book");
        assertThat(stale.out()).contains("[WARNING] src/main/java/com/example/books/Book.java is newer than the compiled"
                + " classes in target/classes: the model psm-migrate:check compares may be stale.");
        assertThat(stale.err()).contains("ERROR: New upgrade operations detected: 1");
        assertThat(stale.out()).contains(":check (default-cli) on project books: New upgrade operations detected: 1;"
                + " write them with 'mvn compile psm-migrate:migrate -Dpsm.message=MSG'")
                .doesNotContain("\tat ");

        MavenRun verify = mvn(project, Map.of(), h2, "verify");

        assertThat(verify.status()).as(verify.output()).isEqualTo(1);
        assertThat(verify.out()).contains("Detected added column 'book.isbn'")
                .contains(":check (default) on project books: New upgrade operations detected: 1")
                .doesNotContain("is newer than the compiled classes");
    }

    @Test
    void onPostgreSqlFromDatabaseUrl() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            BooksProject project = BooksProject.create(this.workspace.resolve("books"));
            Map<String, String> environment = Map.of("DATABASE_URL", database.databaseUrl());

            project.addIsbnToBook();
            // The whole loop in one build: upgrade reads the revision migrate has just written to the sources.
            MavenRun loop = mvn(project, environment, List.of(), "compile", "psm-migrate:upgrade",
                    "psm-migrate:migrate", "-Dpsm.message=Add isbn to Book", "psm-migrate:upgrade", "spring-boot:run",
                    "psm-migrate:downgrade", "psm-migrate:current");

            String id = BooksProject.revisionId(assertMigrated(project, loop));
            assertThat(loop.err()).contains("Running upgrade " + BooksProject.FIRST_REVISION + " -> " + id)
                    .contains("Running downgrade " + id + " -> " + BooksProject.FIRST_REVISION);
            assertThat(loop.results()).containsSubsequence("Books stored: 1", BooksProject.FIRST_REVISION);
            assertThat(versionTable(database)).containsExactly(BooksProject.FIRST_REVISION);
        }
    }

    /** The first run's checks: the initial upgrade, the detected change and the generated revision. */
    private static Path assertMigrated(BooksProject project, MavenRun run) throws Exception {
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.err()).contains("Running upgrade  -> " + BooksProject.FIRST_REVISION + ", Create book")
                .contains("Detected added column 'book.isbn'");
        Path revision = project.newRevision();
        assertThat(revision.getFileName().toString()).endsWith("_add_isbn_to_book.sql");
        assertThat(run.results()).contains("Generating " + revision.toRealPath() + " ...  done");
        String script = Files.readString(revision, StandardCharsets.UTF_8);
        assertThat(script).startsWith("-- Add isbn to Book\n")
                .contains("-- Revises: " + BooksProject.FIRST_REVISION + "\n")
                .contains("-- migrate:upgrade\nALTER TABLE book ADD COLUMN isbn VARCHAR(20);\n")
                .contains("ALTER TABLE book DROP COLUMN isbn;");
        return revision;
    }

    private static MavenRun mvn(BooksProject project, Map<String, String> environment, List<String> options,
            String... args) throws Exception {
        // Short-lived JVMs start faster with the serial collector on this small machine; for the goals it also
        // checks that psm.jvmArguments reaches the forked JVM (a malformed option would stop it).
        List<String> all = new ArrayList<>(List.of("-Dpsm.jvmArguments=-XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                "-Dspring-boot.run.jvmArguments=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        all.addAll(options);
        all.addAll(List.of(args));
        // The first build may download what the developer's repository lacks; the others run offline.
        boolean offline = !online;
        online = false;
        MavenRun run = MavenRun.run(project.directory(), repository, offline, environment, all);
        System.out.println("mvn " + String.join(" ", all) + ": status " + run.status() + " in " + run.seconds() + " s");
        return run;
    }

    private static List<String> versionTable(TestDatabase database) throws Exception {
        List<String> heads = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM psm_version")) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }
}
