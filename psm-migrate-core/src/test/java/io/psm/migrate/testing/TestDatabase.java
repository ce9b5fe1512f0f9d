package io.psm.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A fresh, empty database for one test, dropped again on {@link #close()}.
 *
 * <p>Obtain one from {@link TestDatabases}; use it in a try-with-resources block or close it in an
 * {@code @AfterEach} method.
 */
public interface TestDatabase extends AutoCloseable {

    /** Which server this database lives on. */
    enum Kind { H2, POSTGRESQL, SQLITE }

    Kind kind();

    /** The JDBC URL of this database, without user or password. */
    String jdbcUrl();

    String user();

    String password();

    /** A DataSource that opens a new connection on each call. */
    DataSource dataSource();

    /** The same database in {@code DATABASE_URL} form ({@code postgresql://…}, {@code h2:mem:…}, {@code sqlite:///…}). */
    String databaseUrl();

    /** Runs statements in autocommit mode, for arranging a test. */
    default void execute(String... sql) {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run test SQL on " + jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    void close();
}
