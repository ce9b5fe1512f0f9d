package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.env.ConfiguredDatabase;
import io.psm.migrate.boot.env.DatabaseDisplay;

import java.sql.DatabaseMetaData;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The DataSource an instance migrates, with its JDBC URL when that is known without connecting.
 *
 * @param dataSource the DataSource
 * @param jdbcUrl    its JDBC URL, when psm-migrate built it from one
 * @param origin     what it is, for messages when its URL cannot be read ("DataSource bean 'audit'")
 * @param configured the database as the configuration names it, when a property does (or nothing
 *                   does and Spring Boot's in-memory fallback is used)
 */
record MigrationDataSource(DataSource dataSource, Optional<String> jdbcUrl, String origin,
                           Optional<ConfiguredDatabase> configured) {

    MigrationDataSource {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(configured, "configured");
    }

    /** A DataSource bean, whose URL is read from the database when needed. */
    static MigrationDataSource bean(DataSource dataSource, String origin, Optional<ConfiguredDatabase> configured) {
        return new MigrationDataSource(dataSource, Optional.empty(), origin, configured);
    }

    /**
     * The JDBC URL, asking the database when it is not known.
     *
     * @return the URL, or empty when the database cannot be reached
     */
    Optional<String> url() {
        if (this.jdbcUrl.isPresent()) {
            return this.jdbcUrl;
        }
        try {
            return Optional.ofNullable(JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getURL));
        } catch (MetaDataAccessException ex) {
            return Optional.empty();
        }
    }

    /** The database for messages: its URL with any password masked (an H2 file absolute), or its origin. */
    String description() {
        return url().map(DatabaseDisplay::of).orElse(this.origin);
    }
}
