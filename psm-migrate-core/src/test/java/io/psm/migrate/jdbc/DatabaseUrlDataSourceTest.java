package io.psm.migrate.jdbc;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlDataSourceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void dataSourceConnectsToTheDatabaseOfItsUrl(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind)) {
            database.execute("CREATE TABLE marker (id INT)");
            DataSource dataSource = DatabaseUrl.parse(database.databaseUrl()).dataSource();

            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getTables(null, null, "%", null).next()).isTrue();
                assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM marker").next()).isTrue();
            }
        }
    }

    @Test
    void inMemorySqliteDatabaseSurvivesBetweenConnectionsAndDataSources() throws SQLException {
        String table = "kept_" + System.nanoTime();
        try (Connection first = DatabaseUrl.parse("sqlite://").dataSource().getConnection()) {
            first.createStatement().execute("CREATE TABLE " + table + " (id INT)");
        }
        try (Connection second = DatabaseUrl.parse("sqlite://").dataSource().getConnection();
             Statement statement = second.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                assertThat(rows.next()).isTrue();
            }
            statement.execute("DROP TABLE " + table);
        }
    }

    @Test
    void inMemoryH2DatabaseSurvivesBetweenConnectionsOfOneDataSource() throws SQLException {
        DataSource dataSource = DatabaseUrl.parse("h2:mem:survives_" + System.nanoTime()).dataSource();
        try (Connection first = dataSource.getConnection()) {
            first.createStatement().execute("CREATE TABLE kept (id INT)");
        }
        try (Connection second = dataSource.getConnection()) {
            assertThat(second.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
            second.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void dataSourceToStringShowsNoPassword() {
        DataSource dataSource = DatabaseUrl.parse("postgresql://app:hunter2@host/db?password=other").dataSource();

        assertThat(dataSource.toString()).contains("jdbc:postgresql://host:5432/db").contains("app")
                .doesNotContain("hunter2").doesNotContain("other");
    }

    @Test
    void urlWithoutDriverFailsNamingTheUrlWithoutItsPassword() {
        DataSource dataSource = DatabaseUrl.parse("jdbc:nosuchdb://host/db?password=hunter2").dataSource();

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:nosuchdb://host/db?password=****")
                .hasMessageNotContaining("hunter2");
    }
}
