package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.command.blog.BlogApplication;
import io.psm.migrate.boot.testing.ProcessRun;
import io.psm.migrate.boot.testing.TestApplicationJar;
import io.psm.migrate.testing.ScriptDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar app.jar db check} and {@code db migrate} in a packaged application with JPA
 * entities, a repository, an eager service and a controller, run from its project directory as a
 * developer runs them: the scripts are read from and written to
 * {@code src/main/resources/db/migrations}. The commands that do not compare start none of JPA, the
 * service or the web server.
 */
class AutogenerateCommandIT {

    private static final String INITIAL = "9b1c0e2d4f6a";

    @TempDir
    static Path project;

    private static Path jar;

    @TempDir
    Path data;

    @BeforeAll
    static void packageTheApplication() throws Exception {
        jar = TestApplicationJar.build(project, TestApplicationJar.Application.BLOG);
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    }

    @Test
    void checkFailsOnTheNewFieldMigrateWritesItAndCheckThenPasses() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migrations"));
        List<String> withoutPhone = BlogApplication.SCHEMA.stream().map(sql -> sql.replace(" phone VARCHAR(20),", "")).toList();
        new ScriptDirectory(migrations).write(INITIAL, "", "Create users", String.join(";\n", withoutPhone) + ";", null);
        upgradeInProcess(migrations);

        ProcessRun differs = ProcessRun.javaJar(jar, databaseUrl(), "db", "check");
        ProcessRun migrate = ProcessRun.javaJar(jar, databaseUrl(), "db", "migrate", "-m", "Add phone field to User");
        upgradeInProcess(migrations);
        ProcessRun agrees = ProcessRun.javaJar(jar, databaseUrl(), "db", "check");

        assertThat(differs.status()).as(differs.err()).isEqualTo(1);
        assertThat(differs.outLines()).containsExactly("Detected added column 'users.phone'");
        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.err()).contains("INFO  [psm.migrate] Detected added column 'users.phone'");
        assertThat(migrate.outLines()).singleElement().asString()
                .startsWith("Generating " + migrations.toRealPath() + "/").endsWith("_add_phone_field_to_user.sql ...  done");
        assertThat(agrees.status()).as(agrees.err()).isZero();
        assertThat(agrees.outLines()).containsExactly("No new upgrade operations detected.");
    }

    @Test
    void commandsThatDoNotCompareStartNeitherJpaNorTheApplicationsBeansNorAWebServer() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "current", "--verbose");

        // The eager PostService would count the posts of a database that has no table yet, and fail. Spring Data
        // still finds the repository interface (@EnableJpaRepositories registers it), but nothing creates it.
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("Hibernate", "HHH", "EntityManagerFactory", "Tomcat");
    }

    @Test
    void anUnreachableDatabaseIsOneErrorLineForACommandThatCompares() throws Exception {
        ProcessRun run = ProcessRun.javaJar(jar, Map.of("DATABASE_URL", "postgresql://app@127.0.0.1:1/blog"), "db",
                "check");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ERROR: Could not connect to the database: Connection to 127.0.0.1:1 refused.");
    }

    @Test
    void checkWarnsWhenAnEntityChangedAfterTheJarWasBuilt() throws Exception {
        Path source = project.resolve("src/main/java/io/psm/migrate/boot/command/blog/User.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "// edited after the build\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        try {
            ProcessRun run = ProcessRun.javaJar(jar, databaseUrl(), "db", "check");

            assertThat(run.errLines()).first().isEqualTo("WARN  [psm.migrate] The entity model is older than its"
                    + " sources: src/main/java/io/psm/migrate/boot/command/blog/User.java changed after this jar was"
                    + " built, and the comparison reads the compiled entities: run mvn package first");
        } finally {
            Files.delete(source);
        }
    }

    private Map<String, String> databaseUrl() {
        return Map.of("DATABASE_URL", "h2:file:" + this.data.resolve("blog"));
    }

    private void upgradeInProcess(Path migrations) {
        PsmMigrate.configure().url("h2:file:" + this.data.resolve("blog")).locations("filesystem:" + migrations).load()
                .upgrade("head");
    }
}
