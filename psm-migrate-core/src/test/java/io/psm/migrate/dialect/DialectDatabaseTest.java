package io.psm.migrate.dialect;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

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
    @EnumSource(TestDatabase.Kind.class)
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
    @EnumSource(TestDatabase.Kind.class)
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
    @EnumSource(TestDatabase.Kind.class)
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

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
