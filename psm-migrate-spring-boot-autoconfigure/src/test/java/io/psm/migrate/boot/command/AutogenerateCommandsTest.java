package io.psm.migrate.boot.command;

import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.boot.command.blog.BlogApplication;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db migrate}, {@code db revision --autogenerate} and {@code db check} inside an application
 * with JPA entities, on H2 and PostgreSQL. For each kind of change, a database that differs from
 * the entities by it fails {@code db check}, and gets a script that {@code db upgrade} applies,
 * after which {@code db check} finds nothing, and whose downgrade restores the schema exactly. One
 * application per database serves every scenario; each starts from an empty database and directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutogenerateCommandsTest {

    private static final String INITIAL = "0a1b2c3d4e5f";

    private final Map<TestDatabase.Kind, CommandApplication> applications = new EnumMap<>(TestDatabase.Kind.class);

    @TempDir
    static Path directories;

    @AfterAll
    void closeApplications() {
        this.applications.values().forEach(application -> {
            application.close();
            application.database().close();
        });
    }

    static Stream<Arguments> differences() {
        return Stream.of(TestDatabase.Kind.values()).flatMap(kind -> Stream.of(SchemaDifference.values())
                .filter(difference -> kind != TestDatabase.Kind.SQLITE || !difference.name().endsWith("_SEQUENCE"))
                .map(difference -> Arguments.of(kind, difference)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("differences")
    void eachKindOfChangeIsMigratedUpgradedCheckedAndDowngradedExactly(TestDatabase.Kind kind,
            SchemaDifference difference) throws IOException {
        CommandApplication application = application(kind, difference.schema());
        SchemaModel before = application.schema();

        CommandApplication.Run differs = application.run("check");
        assertThat(differs.status()).isEqualTo(1);
        assertThat(differs.outLines()).containsExactlyInAnyOrderElementsOf(difference.reportLines());
        assertThat(differs.errLines()).last().asString().startsWith("ERROR: New upgrade operations detected: ");

        CommandApplication.Run migrate = application.run("migrate", "-m", difference.message());

        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.errLines()).containsAll(difference.reportLines().stream()
                .map(line -> "INFO  [psm.migrate] " + line).toList());
        String script = Files.readString(migrate.generated());
        assertThat(script).startsWith("-- " + difference.message() + "\n--\n-- Revision ID: ")
                .contains("\n-- Revises: " + INITIAL + "\n", "\n-- migrate:upgrade\n", "\n-- migrate:downgrade\n");
        for (String warning : difference.warnings()) {
            assertThat(migrate.errLines()).anyMatch(line -> line.startsWith("WARN  [psm.migrate] " + warning));
            assertThat(script).contains("-- " + warning);
        }

        CommandApplication.Run upgrade = application.run("upgrade");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade " + INITIAL + " -> ");
        CommandApplication.Run check = application.run("check");
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.outLines()).containsExactly("No new upgrade operations detected.");

        assertThat(application.run("downgrade").status()).isZero();
        assertThat(application.schema()).usingRecursiveComparison()
                .ignoringCollectionOrderInFields("tables.columns").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionAutogenerateWritesTheChangesUnderTheGivenRevisionId(TestDatabase.Kind kind) throws IOException {
        CommandApplication application = application(kind, SchemaDifference.ADDED_COLUMN.schema());

        CommandApplication.Run revision = application.run("revision", "--autogenerate", "-m", "Add phone", "--rev-id", "phone0001");

        assertThat(revision.status()).as(revision.err()).isZero();
        assertThat(revision.errLines()).contains("INFO  [psm.migrate] Detected added column 'users.phone'");
        assertThat(revision.generated()).isEqualTo(application.scripts().toAbsolutePath().resolve("phone0001_add_phone.sql"));
        assertThat(Files.readString(revision.generated())).contains("ALTER TABLE users ADD COLUMN phone VARCHAR(20);");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateWithNoChangesWritesNothingAndSaysSo(TestDatabase.Kind kind) throws IOException {
        CommandApplication application = application(kind, BlogApplication.SCHEMA);

        CommandApplication.Run migrate = application.run("migrate", "-m", "Nothing");

        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.out()).isEmpty();
        assertThat(migrate.errLines()).containsExactly(application.databaseLine(),
                "INFO  [psm.migrate] No changes in schema detected.");
        assertThat(scriptNames(application)).containsExactly(INITIAL + ".sql");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateOnADatabaseBehindItsHeadsRefusesAsAlembicDoes(TestDatabase.Kind kind) throws IOException {
        CommandApplication application = application(kind, SchemaDifference.ADDED_COLUMN.schema());
        new ScriptDirectory(application.scripts()).write("1b2c3d4e5f6a", INITIAL, "Add phone",
                "ALTER TABLE users ADD COLUMN phone VARCHAR(20);", "ALTER TABLE users DROP COLUMN phone;");

        CommandApplication.Run migrate = application.run("migrate", "-m", "Add phone again");
        CommandApplication.Run check = application.run("check");

        assertThat(migrate.status()).isEqualTo(1);
        assertThat(migrate.errLines()).containsExactly(application.databaseLine(), "ERROR: Target database is not up"
                + " to date: it is at " + INITIAL + ", the revisions' heads are 1b2c3d4e5f6a; upgrade it to its heads first");
        assertThat(scriptNames(application)).containsExactlyInAnyOrder(INITIAL + ".sql", "1b2c3d4e5f6a.sql");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.errLines()).last().asString().startsWith("ERROR: Target database is not up to date");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void excludedTablesAreLeftAlone(TestDatabase.Kind kind) {
        CommandApplication application = application(kind, BlogApplication.SCHEMA);
        application.database().execute("CREATE TABLE batch_job_instance (id BIGINT PRIMARY KEY)");

        CommandApplication.Run check = application.run("check");

        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.outLines()).containsExactly("No new upgrade operations detected.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateWritesIntoTheDirectoryGivenWithD(TestDatabase.Kind kind) throws IOException {
        CommandApplication application = application(kind, SchemaDifference.ADDED_COLUMN.schema());
        Path elsewhere = directories.resolve("elsewhere-" + kind);

        CommandApplication.Run migrate = application.run("-d", elsewhere.toString(), "migrate", "-m", "Add phone");

        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.generated().getParent()).isEqualTo(elsewhere.toAbsolutePath());
        assertThat(scriptNames(application)).containsExactly(INITIAL + ".sql");
    }

    @Test
    void checkReadsTheEntityModelWithoutBuildingAnEntityManagerFactory() {
        CommandApplication application = application(TestDatabase.Kind.H2, BlogApplication.SCHEMA);

        assertThat(application.run("check").status()).isZero();

        assertThat(application.bean(EntityManagerFactoryInfo.class).getNativeEntityManagerFactory())
                .isNotInstanceOf(SessionFactoryImplementor.class).hasToString("EntityManagerFactory of persistence unit"
                        + " 'default' (model only)");
    }

    @Test
    void hibernateNeitherValidatesNorUpdatesTheSchemaWhateverTheApplicationSays() throws IOException {
        Path migrations = Files.createDirectories(directories.resolve("hibernate-settings"));
        new ScriptDirectory(migrations).write(INITIAL, "", "Initial schema",
                String.join(";\n", SchemaDifference.ADDED_COLUMN.schema()) + ";", null);
        try (TestDatabase database = TestDatabases.h2();
             CommandApplication application = CommandApplication.start(BlogApplication.class, database, migrations,
                     "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.properties.hibernate.hbm2ddl.auto=update",
                     "spring.jpa.generate-ddl=true")) {
            assertThat(application.run("upgrade").status()).isZero();

            CommandApplication.Run check = application.run("check");

            assertThat(check.status()).isEqualTo(1);
            assertThat(check.outLines()).containsExactly("Detected added column 'users.phone'");
        }
    }

    /** The application on a database of that kind, emptied, then upgraded to an initial revision with that schema. */
    private CommandApplication application(TestDatabase.Kind kind, List<String> schema) {
        CommandApplication application = this.applications.computeIfAbsent(kind, this::start);
        application.reset();
        List<String> statements = kind == TestDatabase.Kind.SQLITE ? BlogApplication.forSqlite(schema) : schema;
        new ScriptDirectory(application.scripts()).write(INITIAL, "", "Initial schema",
                String.join(";\n", statements) + ";", null);
        CommandApplication.Run upgrade = application.run("upgrade");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        return application;
    }

    private CommandApplication start(TestDatabase.Kind kind) {
        TestDatabase database = TestDatabases.create(kind);
        try {
            Path scripts = Files.createDirectories(directories.resolve("migrations-" + kind));
            return CommandApplication.start(BlogApplication.class, database, scripts,
                    "psm.migrate.autogenerate.exclude-tables=batch_*");
        } catch (IOException | RuntimeException ex) {
            database.close();
            throw (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
        }
    }

    private static List<String> scriptNames(CommandApplication application) throws IOException {
        try (Stream<Path> files = Files.list(application.scripts())) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
