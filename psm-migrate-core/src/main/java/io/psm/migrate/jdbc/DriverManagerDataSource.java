package io.psm.migrate.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new physical connection on every call, for the command line
 * and {@code PsmMigrate.configure().url(...)}. The caller owns each connection and closes it. (For
 * the in-memory SQLite database of {@code sqlite://}, one more connection stays open for the life of
 * the JVM, so that the database outlives each command's connection: {@link SqliteMemory}.)
 *
 * <p>Drivers are looked up with {@link ServiceLoader} in the class loader current when the data
 * source was made (so drivers nested in an application's jar are found), then through
 * {@link java.sql.DriverManager}. Failure messages show the URL with its password masked. Immutable
 * apart from the log writer, which it ignores; safe to share between threads.
 */
final class DriverManagerDataSource implements DataSource {

    private final DatabaseUrl url;
    private final ClassLoader classLoader;

    DriverManagerDataSource(DatabaseUrl url) {
        this.url = url;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.classLoader = context != null ? context : DriverManagerDataSource.class.getClassLoader();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(url.user().orElse(null), url.password().orElse(null));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            Driver driver = driver();
            SqliteMemory.keepOpen(driver, url.jdbcUrl(), properties);
            Connection connection = driver.connect(url.jdbcUrl(), properties);
            if (connection == null) {
                throw noDriver();
            }
            return connection;
        } catch (SQLException e) {
            throw masked(e);
        }
    }

    private Driver driver() throws SQLException {
        for (Driver candidate : ServiceLoader.load(Driver.class, classLoader)) {
            if (candidate.acceptsURL(url.jdbcUrl())) {
                return candidate;
            }
        }
        try {
            return java.sql.DriverManager.getDriver(url.jdbcUrl());
        } catch (SQLException e) {
            throw noDriver();
        }
    }

    private SQLException noDriver() {
        return new SQLException("No JDBC driver on the class path accepts " + url.redactedJdbcUrl()
                + " (PostgreSQL needs org.postgresql:postgresql, H2 com.h2database:h2, SQLite org.xerial:sqlite-jdbc)", "08001");
    }

    /** The same failure with any URL in its message masked; the cause is left out as it may quote the password. */
    private static SQLException masked(SQLException e) {
        String message = Redaction.redact(e.getMessage());
        if (message == null || message.equals(e.getMessage())) {
            return e;
        }
        SQLException copy = new SQLException(message, e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through SLF4J; a log writer is not used.
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        throw new SQLFeatureNotSupportedException("Set a connect timeout in the URL instead (connectTimeout=...)");
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException(getClass().getName() + " does not wrap " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverManagerDataSource[url=" + url.redactedJdbcUrl() + ", user=" + url.user().orElse("") + "]";
    }
}
