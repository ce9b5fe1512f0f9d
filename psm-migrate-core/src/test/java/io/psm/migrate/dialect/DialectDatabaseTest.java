package io.psm.migrate.dialect;

import io.psm.migrate.MigrateConfigurationException;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialectDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void tableExistsOnlyOnceCreated(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);
            TableName table = TableName.of("psm_version");

            assertThat(dialect.tableExists(connection, table)).isFalse();
            execute(connection, dialect.createVersionTable(table));
            assertThat(dialect.tableExists(connection, table)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewHistoryTableHasTheStateColumnsFromTheStartSoNoRunAltersIt(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);

            execute(connection, dialect.createHistoryTable(TableName.of("psm_history")));

            List<String> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet empty = statement.executeQuery("SELECT * FROM psm_history WHERE 1 = 0")) {
                for (int i = 1; i <= empty.getMetaData().getColumnCount(); i++) {
                    columns.add(empty.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
            }
            assertThat(columns).endsWith("success", "state", "error_message", "ran_lines", "at_line");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void mixedCaseTableInAMixedCaseSchemaIsFoundUnderItsExactName(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);
            TableName table = new TableName(Optional.of("Audit"), "Revisions");
            execute(connection, "CREATE SCHEMA \"Audit\"");

            execute(connection, dialect.createHistoryTable(table));

            assertThat(dialect.tableExists(connection, table)).isTrue();
            assertThat(dialect.tableExists(connection, new TableName(Optional.of("Audit"), "revisions"))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void tableInAnotherSchemaIsNotFoundWithoutTheSchema(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);
            execute(connection, "CREATE SCHEMA app");
            execute(connection, dialect.createVersionTable(new TableName(Optional.of("app"), "psm_version")));

            assertThat(dialect.tableExists(connection, TableName.of("psm_version"))).isFalse();
            assertThat(dialect.tableExists(connection, new TableName(Optional.of("app"), "psm_version"))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void useSchemaCreatesAMissingSchemaAndMakesItCurrent(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);

            dialect.useSchema(connection, "app");
            execute(connection, "CREATE TABLE landed (id INT)");

            assertThat(dialect.tableExists(connection, new TableName(Optional.of("app"), "landed"))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void restoringASchemaSwitchPutsThePreviousSchemaBack(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);
            String before = connection.getSchema();

            dialect.useSchema(connection, "app").restore();

            assertThat(connection.getSchema()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void currentUserIsTheConnectionsUser(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            assertThat(Dialect.detect(connection).currentUser(connection)).isEqualToIgnoringCase(database.user());
        }
    }

    @Test
    void sqliteRefusesASchemaNamingTheSetting() throws SQLException {
        try (TestDatabase database = TestDatabases.sqlite();
             Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.detect(connection);

            assertThatThrownBy(() -> dialect.useSchema(connection, "app"))
                    .isInstanceOf(MigrateConfigurationException.class)
                    .hasMessageStartingWith("SQLite has no schemas: leave the schema setting (psm.migrate.schema,"
                            + " --schema) unset");
            assertThatThrownBy(() -> dialect.useSchemaStatements("app")).isInstanceOf(MigrateConfigurationException.class);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
