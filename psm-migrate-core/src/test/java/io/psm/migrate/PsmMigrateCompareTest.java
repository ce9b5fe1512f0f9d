package io.psm.migrate;

import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.AutogenerateSettings;
import io.psm.migrate.autogenerate.Autogenerator;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link PsmMigrate#compare(SchemaModel)}: autogenerate against the database the façade migrates. */
class PsmMigrateCompareTest {

    @TempDir
    Path dir;

    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDatabaseAtItsHeadsMatchesItsOwnSchemaWithTheVersionHistoryAndLockTablesLeftAlone(TestDatabase.Kind kind) {
        TestDatabase database = database(kind);
        PsmMigrate migrate = migrate(database, scripts("users"), List.of());
        migrate.upgrade("head");
        SchemaModel schema = read(database, AutogenerateSettings.defaults());
        assertThat(tableNames(schema)).contains("psm_version", "psm_history");
        if (kind == TestDatabase.Kind.H2) {
            assertThat(tableNames(schema)).contains("psm_version_lock");
        }

        AutogenerateResult result = migrate.compare(schema.without(name -> name.toLowerCase(Locale.ROOT).startsWith("psm_")));

        assertThat(result.reportLines()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aModelWithOneMoreColumnIsReportedAndRenderedBothWays(TestDatabase.Kind kind) {
        TestDatabase database = database(kind);
        PsmMigrate migrate = migrate(database, scripts("users"), List.of());
        migrate.upgrade("head");

        AutogenerateResult result = migrate.compare(modelWithPhone(kind));

        assertThat(result.reportLines()).containsExactly("Detected added column 'users.phone'");
        assertThat(result.upgradeScript()).contains("ALTER TABLE users ADD COLUMN phone VARCHAR(20);");
        assertThat(result.downgradeScript()).contains(kind == TestDatabase.Kind.SQLITE
                ? "CREATE TABLE _psm_tmp_users" : "ALTER TABLE users DROP COLUMN phone;");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDatabaseBehindItsHeadsIsNotComparedAsAlembicRefuses(TestDatabase.Kind kind) {
        TestDatabase database = database(kind);
        ScriptDirectory scripts = scripts("users");
        scripts.write("b2", "a1", "Add name", "ALTER TABLE users ADD COLUMN name VARCHAR(20);",
                "ALTER TABLE users DROP COLUMN name;");
        PsmMigrate migrate = migrate(database, scripts, List.of());
        migrate.upgrade("a1");

        assertThatThrownBy(() -> migrate.compare(modelWithPhone(kind)))
                .isInstanceOfSatisfying(DatabaseNotUpToDateException.class, failure -> {
                    assertThat(failure.current()).containsExactly("a1");
                    assertThat(failure.heads()).containsExactly("b2");
                })
                .hasMessageStartingWith("Target database is not up to date: it is at a1, the revisions' heads are b2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEmptyDatabaseWithRevisionsToApplyIsNotUpToDate(TestDatabase.Kind kind) {
        PsmMigrate migrate = migrate(database(kind), scripts("users"), List.of());

        assertThatThrownBy(() -> migrate.compare(modelWithPhone(kind)))
                .isInstanceOf(DatabaseNotUpToDateException.class)
                .hasMessageContaining("it is at base, the revisions' heads are a1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void configuredExclusionsAreLeftAloneOnTheDatabasesSide(TestDatabase.Kind kind) {
        TestDatabase database = database(kind);
        PsmMigrate plain = migrate(database, scripts("users"), List.of());
        plain.upgrade("head");
        database.execute("CREATE TABLE audit_log (id INT PRIMARY KEY)");
        SchemaModel model = read(database, AutogenerateSettings.defaults().excluding("psm_*", "audit_log"));

        PsmMigrate excluding = migrate(database, scripts("users"), List.of("AUDIT_*"));

        assertThat(plain.compare(model).reportLines()).containsExactly("Detected removed table 'audit_log'");
        assertThat(excluding.compare(model).reportLines()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void theConfiguredSchemaIsTheOneCompared(TestDatabase.Kind kind) {
        TestDatabase database = database(kind);
        database.execute("CREATE TABLE users (id INT PRIMARY KEY, legacy VARCHAR(10))");
        PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource())
                .locations(scripts("users").location()).schema("app").load();
        migrate.upgrade("head");
        SchemaModel model = read(database, AutogenerateSettings.defaults().withSchema("app").excluding("psm_*"));

        assertThat(migrate.compare(model).reportLines()).isEmpty();
    }

    private TestDatabase database(TestDatabase.Kind kind) {
        TestDatabase database = TestDatabases.create(kind);
        databases.add(database);
        return database;
    }

    private ScriptDirectory scripts(String table) {
        ScriptDirectory scripts = new ScriptDirectory(dir);
        scripts.write("a1", "", "Create " + table, "CREATE TABLE " + table + " (id INT PRIMARY KEY);",
                "DROP TABLE " + table + ";");
        return scripts;
    }

    private static PsmMigrate migrate(TestDatabase database, ScriptDirectory scripts, List<String> exclusions) {
        return PsmMigrate.configure().dataSource(database.dataSource()).locations(scripts.location())
                .autogenerateExclusions(exclusions).load();
    }

    /** The schema of another database of the same kind where {@code users} has a phone column. */
    private SchemaModel modelWithPhone(TestDatabase.Kind kind) {
        TestDatabase other = database(kind);
        other.execute("CREATE TABLE users (id INT PRIMARY KEY, phone VARCHAR(20))");
        return read(other, AutogenerateSettings.defaults());
    }

    private static SchemaModel read(TestDatabase database, AutogenerateSettings settings) {
        try (Connection connection = database.dataSource().getConnection()) {
            return new Autogenerator(settings).readDatabase(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tableNames(SchemaModel schema) {
        return schema.tables().stream().map(Table::name).map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
