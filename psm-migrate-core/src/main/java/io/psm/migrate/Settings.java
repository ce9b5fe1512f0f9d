package io.psm.migrate;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.execute.ExecutionSettings;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.script.FileTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a {@link PsmMigrate.Builder} collected. The data source for a URL is made once, when the
 * first command needs it, so building an instance for offline work or script writing needs no
 * database.
 */
record Settings(
        DataSource configuredDataSource,
        String url,
        String user,
        String password,
        String dialect,
        List<String> locations,
        List<JavaMigration> javaMigrations,
        ClassLoader classLoader,
        ExecutionSettings execution,
        boolean validateChecksums,
        MigrationListener listener,
        Clock clock,
        List<String> autogenerateExclusions,
        FileTemplate fileTemplate) {

    Settings {
        locations = List.copyOf(locations);
        javaMigrations = List.copyOf(javaMigrations);
        autogenerateExclusions = List.copyOf(autogenerateExclusions);
    }

    /** The database, from the data source given or the URL; an error naming both settings when neither is set. */
    DataSource dataSource() {
        if (configuredDataSource != null) {
            return configuredDataSource;
        }
        if (url == null || url.isBlank()) {
            throw new MigrateConfigurationException("No database is configured: give a data source, or a URL"
                    + " (--url, DATABASE_URL, psm.migrate.url)");
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        if (user != null) {
            parsed = parsed.withUser(user);
        }
        if (password != null) {
            parsed = parsed.withPassword(password);
        }
        return parsed.dataSource();
    }

    /** The dialect offline SQL is written for: the one named, the URL's, or the database's own. */
    Dialect offlineDialect() {
        if (dialect != null && !dialect.isBlank()) {
            return Dialect.named(dialect);
        }
        if (configuredDataSource == null && url != null && !url.isBlank()) {
            return Dialect.forUrl(url);
        }
        if (configuredDataSource == null) {
            throw new MigrateConfigurationException("Offline SQL is written for one type of database: name it with"
                    + " the dialect setting (--dialect postgresql, h2 or sqlite) or a URL (--url, DATABASE_URL), which is"
                    + " not connected to");
        }
        try (Connection connection = dataSource().getConnection()) {
            return Dialect.detect(connection);
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the database's product to choose the SQL dialect"
                    + " (name one with the dialect setting to work without a connection)", e);
        }
    }

    /** Hides the password from logs and debuggers. */
    @Override
    public String toString() {
        return "Settings[url=" + (url == null ? "" : DatabaseUrl.redact(url)) + ", locations=" + locations
                + ", execution=" + execution + "]";
    }
}
