package io.psm.migrate.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachDatabaseStartsEmptyAndIsIsolatedFromTheNext(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase first = TestDatabases.create(kind); TestDatabase second = TestDatabases.create(kind)) {
            first.execute("CREATE TABLE marker (id INT)");
            assertThat(tableCount(first, "marker")).isEqualTo(1);
            assertThat(tableCount(second, "marker")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void databaseUrlNamesTheSameDatabase(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            assertThat(database.databaseUrl()).startsWith(switch (kind) {
                case H2 -> "h2:mem:";
                case POSTGRESQL -> "postgresql://";
                case SQLITE -> "sqlite:////";
            });
            assertThat(database.jdbcUrl()).contains(database.databaseUrl().replaceAll("^.*[:/]", ""));
        }
    }

    private static int tableCount(TestDatabase database, String table) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(database.kind() == TestDatabase.Kind.SQLITE
                     ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'"
                     : "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '" + table + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
