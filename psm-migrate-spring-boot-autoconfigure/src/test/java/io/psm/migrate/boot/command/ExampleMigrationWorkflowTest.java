package io.psm.migrate.boot.command;

import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.boot.command.blog.BlogApplication;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's "Example Migration Workflow", word for word: an application whose {@code User} entity
 * gained a {@code phone} field, whose migrations hold only the initial revision, runs
 * {@code db migrate -m "Add phone field to User"}, reviews the script, {@code db upgrade}s and
 * finds itself at the new head.
 */
class ExampleMigrationWorkflowTest {

    private static final String INITIAL = "9b1c0e2d4f6a";

    private static final String MESSAGE = "Add phone field to User";

    @TempDir
    Path scripts;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void addingAPhoneFieldToUserIsMigratedUpgradedAndCurrent(TestDatabase.Kind kind) throws Exception {
        writeInitialRevisionWithoutPhone(kind);
        try (TestDatabase database = TestDatabases.create(kind);
             CommandApplication application = CommandApplication.start(BlogApplication.class, database, this.scripts)) {
            CommandApplication.Run initialUpgrade = application.run("upgrade");
            assertThat(initialUpgrade.status()).as(initialUpgrade.err()).isZero();
            SchemaModel initial = application.schema();

            CommandApplication.Run migrate = application.run("migrate", "-m", MESSAGE);

            assertThat(migrate.status()).as(migrate.err()).isZero();
            assertThat(migrate.errLines()).containsExactly(application.databaseLine(),
                    "INFO  [psm.migrate] Detected added column 'users.phone'");
            Path script = migrate.generated();
            String id = script.getFileName().toString().replaceFirst("_add_phone_field_to_user\\.sql$", "");
            assertThat(id).matches("[0-9a-f]{12}");
            assertThat(migrate.outLines()).containsExactly("Generating " + this.scripts.toAbsolutePath()
                    .resolve(id + "_add_phone_field_to_user.sql") + " ...  done");
            String text = Files.readString(script);
            assertThat(text).startsWith("-- " + MESSAGE + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + INITIAL + "\n");
            assertThat(upgradeSection(text)).contains("ALTER TABLE users ADD COLUMN phone VARCHAR(20);");
            assertThat(downgradeSection(text)).contains(kind == TestDatabase.Kind.SQLITE
                    ? "ALTER TABLE _psm_tmp_users RENAME TO users;" : "ALTER TABLE users DROP COLUMN phone;");

            CommandApplication.Run upgrade = application.run("upgrade");

            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.errLines()).contains("INFO  [psm.migrate] Running upgrade " + INITIAL + " -> " + id + ", " + MESSAGE);
            assertThat(application.run("current").outLines()).containsExactly(id + " (head)");
            assertThat(application.run("check").outLines()).containsExactly("No new upgrade operations detected.");

            assertThat(application.run("downgrade").status()).isZero();
            assertThat(application.schema()).usingRecursiveComparison().isEqualTo(initial);
        }
    }

    private void writeInitialRevisionWithoutPhone(TestDatabase.Kind kind) {
        List<String> schema = (kind == TestDatabase.Kind.SQLITE ? BlogApplication.forSqlite(BlogApplication.SCHEMA)
                : BlogApplication.SCHEMA).stream().map(sql -> sql.replace(" phone VARCHAR(20),", "")).toList();
        new ScriptDirectory(this.scripts).write(INITIAL, "", "Create users", String.join(";\n", schema) + ";", null);
    }

    private static String upgradeSection(String script) {
        return script.substring(script.indexOf("-- migrate:upgrade"), script.indexOf("-- migrate:downgrade"));
    }

    private static String downgradeSection(String script) {
        return script.substring(script.indexOf("-- migrate:downgrade"));
    }
}
