package io.psm.migrate.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where the application's instance connects when it does not use the application's DataSource:
 * from {@code psm.migrate.url}, {@code user} and {@code password}, or from a service connection
 * (a Testcontainers {@code @ServiceConnection}, Docker Compose).
 */
public interface PsmMigrateConnectionDetails extends ConnectionDetails {

    /** The JDBC URL, or {@code null} to use the application's DataSource. */
    String getJdbcUrl();

    /** The user, or {@code null} for the URL's or the DataSource's own. */
    String getUsername();

    /** The password, or {@code null} for the URL's or the DataSource's own. */
    String getPassword();

    /**
     * The JDBC driver class, by default the one that {@link DatabaseDriver} knows for the URL.
     *
     * @return the driver class name, or {@code null} without a URL
     */
    default String getDriverClassName() {
        String url = getJdbcUrl();
        return (url != null) ? DatabaseDriver.fromJdbcUrl(url).getDriverClassName() : null;
    }
}
