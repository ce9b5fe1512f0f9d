package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.ProcessRun;
import io.psm.migrate.boot.testing.TestApplicationJar;
import io.psm.migrate.testing.ScriptDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The traps a new user of {@code java -jar app.jar db ...} fell into, each ending in one clear line:
 * no database configured, a database that cannot be reached, scripts written outside a project,
 * a {@code DATABASE_URL} that configuration files or arguments override, an H2 file of another
 * user, and a database ahead of the jar. Processes of one packaged application.
 */
class DbCommandTrapsIT {

    private static final String NEWER = "d4e5f6a7b8c9";

    @TempDir
    static Path build;

    private static Path jar;

    @TempDir
    Path work;

    @BeforeAll
    static void packageTheApplication() throws Exception {
        jar = TestApplicationJar.build(build);
    }

    @Test
    void withNoDatabaseConfiguredACommandRefusesTheInMemoryOneSpringBootWouldMakeUp() throws Exception {
        ProcessRun run = ProcessRun.javaJarIn(this.work, jar, Map.of(), "db", "upgrade");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ERROR: No database is configured, so this command would run on an in-memory H2 database"
                        + " of its own, empty and gone when it ends")
                .contains("DATABASE_URL", "spring.datasource.url");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneErrorLineAndItsTraceOnlyWithVerbose() throws Exception {
        Map<String, String> unreachable = Map.of("DATABASE_URL", "postgresql://app:S3cr3t-Pa55@127.0.0.1:1/app");

        ProcessRun run = ProcessRun.javaJarIn(this.work, jar, unreachable, "db", "current");
        ProcessRun verbose = ProcessRun.javaJarIn(this.work, jar, unreachable, "db", "current", "--verbose");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "INFO  [psm.migrate] Database jdbc:postgresql://127.0.0.1:1/app from DATABASE_URL (environment variable)",
                run.errLines().get(1));
        assertThat(run.errLines().get(1)).startsWith("ERROR: Could not connect to the database: ");
        assertThat(verbose.status()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ").contains(run.errLines().get(1));
        assertThat(run.out() + run.err() + verbose.out() + verbose.err()).doesNotContain("S3cr3t-Pa55");
    }

    @Test
    void scriptWritingCommandsRefuseToWriteOutsideAProjectUnlessTheScriptDirectoryIsSet() throws Exception {
        Map<String, String> database = h2("app");

        ProcessRun refused = ProcessRun.javaJarIn(this.work, jar, database, "db", "revision", "-m", "Add year");
        Path scripts = this.work.resolve("scripts");
        ProcessRun written = ProcessRun.javaJarIn(this.work, jar, database, "db", "init",
                "--psm.migrate.script-directory=" + scripts);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString()
                .startsWith("ERROR: db revision writes into the project's sources (src/main/resources/db/migrations), and "
                        + this.work.toRealPath() + " is not a project directory")
                .contains("psm.migrate.script-directory");
        assertThat(this.work.resolve("src")).doesNotExist();
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(scripts).isDirectory();
    }

    @Test
    void databaseUrlInTheEnvironmentWinsOverAConfigurationFileButNotOverAnArgument() throws Exception {
        Path file = Files.writeString(this.work.resolve("deployment.properties"),
                "spring.datasource.url=jdbc:h2:file:" + this.work.resolve("from-file") + "\n");
        String configuration = "--spring.config.additional-location=file:" + file;

        ProcessRun environment = ProcessRun.javaJarIn(this.work, jar, h2("from-environment"), "db", "upgrade",
                configuration);
        ProcessRun argument = ProcessRun.javaJarIn(this.work, jar, h2("from-environment"), "db", "current",
                configuration, "--spring.datasource.url=jdbc:h2:file:" + this.work.resolve("from-environment"));

        assertThat(environment.status()).as(environment.err()).isZero();
        assertThat(environment.errLines()).first().isEqualTo("INFO  [psm.migrate] Database jdbc:h2:file:"
                + this.work.resolve("from-environment") + " from DATABASE_URL (environment variable)");
        assertThat(this.work.resolve("from-file.mv.db")).doesNotExist();
        assertThat(argument.status()).as(argument.err()).isZero();
        assertThat(argument.outLines()).containsExactly(DatabaseState.HEAD + " (head)");
        assertThat(argument.errLines()).containsExactly("INFO  [psm.migrate] Database jdbc:h2:file:"
                        + this.work.resolve("from-environment") + " from --spring.datasource.url (command line)",
                "WARN  [psm.migrate] DATABASE_URL (environment variable) is set but not used:"
                        + " --spring.datasource.url (command line) takes precedence");
    }

    @Test
    void databaseUrlAndSpringBootsOwnSettingsOpenOneH2FileAndAnotherUsersFileSaysWhose() throws Exception {
        Path shared = this.work.resolve("shared");
        ProcessRun bootForm = ProcessRun.javaJarIn(this.work, jar, Map.of(), "db", "upgrade",
                "--spring.datasource.url=jdbc:h2:file:" + shared);
        ProcessRun databaseUrlForm = ProcessRun.javaJarIn(this.work, jar, h2("shared"), "db", "current");
        Path other = this.work.resolve("other");
        DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "").close();

        ProcessRun refused = ProcessRun.javaJarIn(this.work, jar, h2("other"), "db", "current");
        ProcessRun asSa = ProcessRun.javaJarIn(this.work, jar, h2("other"), "db", "current",
                "--spring.datasource.username=sa");

        assertThat(bootForm.status()).as(bootForm.err()).isZero();
        assertThat(databaseUrlForm.status()).as(databaseUrlForm.err()).isZero();
        assertThat(databaseUrlForm.outLines()).containsExactly(DatabaseState.HEAD + " (head)");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.errLines()).last().asString().startsWith("ERROR: Could not connect to the database: Wrong"
                + " user name or password").endsWith("Likely cause: the H2 file " + other + " was created by user 'sa',"
                + " and this application connects without a user name: set spring.datasource.username=sa"
                + " (DATABASE_URL=h2:file:... stays as it is)");
        assertThat(asSa.status()).as(asSa.err()).isZero();
    }

    @Test
    void aDatabaseAheadOfTheJarIsExplainedAtStartUpAndByCommands() throws Exception {
        Path project = Files.createDirectories(this.work.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        ScriptDirectory sources = new ScriptDirectory(Files.createDirectories(
                project.resolve("src/main/resources/db/migrations")));
        Path newer = sources.write(NEWER, DatabaseState.HEAD, "Add pages", "ALTER TABLE book ADD COLUMN pages INT;",
                "ALTER TABLE book DROP COLUMN pages;");
        PsmMigrate.configure().url("h2:file:" + this.work.resolve("app"))
                .locations("classpath:db/migrations", sources.location()).load().upgrade("head");

        ProcessRun start = ProcessRun.javaJarIn(project, jar, h2("app"), "--spring.main.web-application-type=none");
        ProcessRun command = ProcessRun.javaJarIn(this.work, jar, h2("app"), "db", "upgrade");

        assertThat(start.status()).isEqualTo(1);
        assertThat(start.out() + start.err()).contains("psm-migrate: Can't locate revision identified by '" + NEWER
                + "': the database is at this revision, which the migration scripts do not contain")
                .contains("This jar was built before revision " + NEWER + " (src/main/resources/db/migrations/"
                        + newer.getFileName() + ") was written: rebuild it (mvn package).")
                .doesNotContain("Correct the migration scripts");
        assertThat(command.status()).isEqualTo(1);
        assertThat(command.errLines()).last().isEqualTo("ERROR: Can't locate revision identified by '" + NEWER
                + "': the database is at this revision, which the migration scripts do not contain. Likely cause: the"
                + " database was upgraded by a newer build: deploy that build, or run its 'db downgrade "
                + DatabaseState.HEAD + "' first");
    }

    private Map<String, String> h2(String name) {
        return Map.of("DATABASE_URL", "h2:file:" + this.work.resolve(name));
    }
}
