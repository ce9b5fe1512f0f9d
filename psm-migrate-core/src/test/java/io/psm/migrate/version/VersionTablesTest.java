package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTablesTest {

    private TestDatabase database;
    private Connection connection;
    private VersionTables tables;

    private VersionTables open(TestDatabase.Kind kind, TableName versionTable, TableName historyTable) throws SQLException {
        database = TestDatabases.create(kind);
        connection = database.dataSource().getConnection();
        tables = new VersionTables(Dialect.detect(connection), versionTable, historyTable);
        return tables;
    }

    private VersionTables open(TestDatabase.Kind kind) throws SQLException {
        return open(kind, TableName.of("psm_version"), TableName.of("psm_history"));
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void headsOfADatabaseWithoutVersionTableAreEmpty(TestDatabase.Kind kind) throws SQLException {
        assertThat(open(kind).heads(connection)).isEmpty();
        assertThat(tables.history(connection)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void createIfMissingCreatesBothTablesEmpty(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);

        assertThat(Dialect.detect(connection).tableExists(connection, TableName.of("psm_version"))).isTrue();
        assertThat(Dialect.detect(connection).tableExists(connection, TableName.of("psm_history"))).isTrue();
        assertThat(tables.heads(connection)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void createIfMissingAgainKeepsTheRows(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);
        tables.apply(connection, new VersionChange.Insert("a1"));

        tables.createIfMissing(connection);

        assertThat(tables.heads(connection)).containsExactly("a1");
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void customSchemaAndTableNamesAreUsed(TestDatabase.Kind kind) throws SQLException {
        open(kind, new TableName(Optional.of("Audit"), "MyVersions"), new TableName(Optional.of("Audit"), "my_history"));
        database.execute("CREATE SCHEMA \"Audit\"");

        tables.createIfMissing(connection);
        tables.apply(connection, new VersionChange.Insert("a1"));

        assertThat(tables.heads(connection)).containsExactly("a1");
        database.execute("SELECT version_num FROM \"Audit\".\"MyVersions\"");
        assertThat(Dialect.detect(connection).tableExists(connection, TableName.of("psm_version"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void versionChangesInsertUpdateAndDeleteHeads(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);

        tables.apply(connection, new VersionChange.Insert("b1"));
        tables.apply(connection, new VersionChange.Insert("a1"));
        assertThat(tables.heads(connection)).containsExactly("a1", "b1");

        tables.apply(connection, new VersionChange.Update("a1", "a2"));
        assertThat(tables.heads(connection)).containsExactly("a2", "b1");

        tables.apply(connection, new VersionChange.Delete("b1"));
        assertThat(tables.heads(connection)).containsExactly("a2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void updateOfAMissingRowIsAConflictNamingTheRevision(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);
        tables.apply(connection, new VersionChange.Insert("other"));

        assertThatThrownBy(() -> tables.apply(connection, new VersionChange.Update("a1", "a2")))
                .isInstanceOfSatisfying(VersionTableException.class, e -> {
                    assertThat(e.revision()).isEqualTo("a2");
                    assertThat(e.table()).isEqualTo("psm_version");
                })
                .hasMessageStartingWith("The version table psm_version changed under this run at revision a2:"
                        + " expected one row 'a1' to update to 'a2', found 0.");
        assertThat(tables.heads(connection)).containsExactly("other");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void deleteOfAMissingRowIsAConflict(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);

        assertThatThrownBy(() -> tables.apply(connection, new VersionChange.Delete("a1")))
                .isInstanceOf(VersionTableException.class)
                .hasMessageContaining("expected one row 'a1' to delete, found 0");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void insertOfAnExistingRowIsAConflict(TestDatabase.Kind kind) throws SQLException {
        open(kind).createIfMissing(connection);
        tables.apply(connection, new VersionChange.Insert("a1"));

        assertThatThrownBy(() -> tables.apply(connection, new VersionChange.Insert("a1")))
                .isInstanceOf(VersionTableException.class)
                .hasMessageContaining("expected no row 'a1', found a row 'a1' already there");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void alembicVersionTableIsTakenOverAsItIs(TestDatabase.Kind kind) throws SQLException {
        open(kind, TableName.of("alembic_version"), TableName.of("psm_history"));
        database.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
                        + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
                "INSERT INTO alembic_version (version_num) VALUES ('3f2a9c1b7d4e')");

        tables.createIfMissing(connection);
        tables.apply(connection, new VersionChange.Update("3f2a9c1b7d4e", "5c2d1e8f9a0b"));

        assertThat(tables.heads(connection)).containsExactly("5c2d1e8f9a0b");
    }
}
