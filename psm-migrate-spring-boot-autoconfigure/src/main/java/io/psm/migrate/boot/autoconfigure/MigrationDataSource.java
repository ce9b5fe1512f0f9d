package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.sql.DatabaseMetaData;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The DataSource an instance migrates, with its JDBC URL when that is known without connecting.
 *
 * @param dataSource the DataSource
 * @param jdbcUrl    its JDBC URL, when psm-migrate built it from one
 * @param origin     what it is, for messages when its URL cannot be read ("DataSource bean 'audit'")
 */
record MigrationDataSource(DataSource dataSource, Optional<String> jdbcUrl, String origin) {

    MigrationDataSource {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(origin, "origin");
    }

    /** A DataSource bean, whose URL is read from the database when needed. */
    static MigrationDataSource bean(DataSource dataSource, String origin) {
        return new MigrationDataSource(dataSource, Optional.empty(), origin);
    }

    /**
     * The JDBC URL: read from the DataSource's settings where its type is known (Hikari, Tomcat,
     * DBCP2, ...), so that a database that is gone does not hold up a message; else asked of the
     * database.
     *
     * @return the URL, or empty when neither tells it
     */
    Optional<String> url() {
        if (this.jdbcUrl.isPresent()) {
            return this.jdbcUrl;
        }
        try {
            String configured = DataSourceBuilder.derivedFrom(this.dataSource).type(SimpleDriverDataSource.class).build()
                    .getUrl();
            if (configured != null) {
                return Optional.of(configured);
            }
        } catch (RuntimeException unknownType) {
            // a DataSource whose settings cannot be read: ask the database
        }
        try {
            return Optional.ofNullable(JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getURL));
        } catch (MetaDataAccessException ex) {
            return Optional.empty();
        }
    }

    /** The database for messages: its URL with any password masked, or its origin. */
    String description() {
        return url().map(DatabaseUrl::redact).orElse(this.origin);
    }
}
