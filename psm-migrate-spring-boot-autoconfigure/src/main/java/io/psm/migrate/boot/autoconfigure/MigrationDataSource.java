package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.env.ConfiguredDatabase;
import io.psm.migrate.boot.env.DatabaseDisplay;

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
     * The JDBC URL, asked of the database (as the driver spells it) through a connection of its own
     * where the DataSource's settings can be read (Hikari, Tomcat, DBCP2, ...), so that a database
     * that is gone answers at once instead of after the pool's wait; when it cannot answer, the
     * URL as configured.
     *
     * @return the URL, or empty when neither tells it
     */
    Optional<String> url() {
        if (this.jdbcUrl.isPresent()) {
            return this.jdbcUrl;
        }
        Optional<SimpleDriverDataSource> direct = direct();
        try {
            return Optional.ofNullable(JdbcUtils.extractDatabaseMetaData(
                    direct.<DataSource>map(DataSource.class::cast).orElse(this.dataSource), DatabaseMetaData::getURL));
        } catch (MetaDataAccessException ex) {
            return direct.map(SimpleDriverDataSource::getUrl);
        }
    }

    private Optional<SimpleDriverDataSource> direct() {
        try {
            return Optional.of(DataSourceBuilder.derivedFrom(this.dataSource).type(SimpleDriverDataSource.class).build());
        } catch (RuntimeException unknownType) {
            return Optional.empty();
        }
    }

    /** The database for messages: its URL with any password masked (an H2 file absolute), or its origin. */
    String description() {
        return url().map(DatabaseDisplay::of).orElse(this.origin);
    }
}
