package io.psm.migrate;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.lint.LintException;
import io.psm.migrate.lint.LintSettings;
import io.psm.migrate.lint.ServerVersion;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Which database's rules a lint applies, and its server's version: the dialect named, or the URL's,
 * or the connected database's; the version read from the database when one is configured.
 *
 * @param settings what the lint needs
 * @param warnings what could not be read, for the report
 */
record LintTarget(LintSettings settings, List<String> warnings) {

    /**
     * Works out the lint's settings from a configuration. A configured database is connected to once,
     * to read its version; when that fails the lint goes on without the version (and says so), unless
     * the database was the only way to know which rules apply.
     *
     * @throws LintException when nothing names the database
     */
    static LintTarget of(Settings settings) {
        Optional<String> named = Optional.ofNullable(settings.dialect()).filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(settings.url()).filter(url -> settings.configuredDataSource() == null
                        && !url.isBlank()).map(url -> Dialect.forUrl(url).name()));
        boolean database = settings.configuredDataSource() != null
                || (settings.url() != null && !settings.url().isBlank());
        if (!database) {
            return new LintTarget(LintSettings.of(named.orElseThrow(() -> new LintException("lint applies the rules of"
                    + " one type of database: name it with the dialect setting (--dialect postgresql, mysql,"
                    + " mariadb, h2 or sqlite) or a URL (--url, DATABASE_URL)"))), List.of());
        }
        try (Connection connection = settings.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            ServerVersion version = ServerVersion.of(metaData);
            String dialect = named.isPresent() ? named.get() : Dialect.detect(connection).name();
            return new LintTarget(LintSettings.of(dialect).withServerVersion(version), List.of());
        } catch (SQLException e) {
            if (named.isEmpty()) {
                throw new DatabaseAccessException("read the database's product to choose the lint's rules (name it"
                        + " with the dialect setting to lint without a connection)", e);
            }
            String url = settings.url() == null ? "the database" : DatabaseUrl.redact(settings.url());
            return new LintTarget(LintSettings.of(named.get()), List.of("could not read the server's version from "
                    + url + " (" + oneLine(e.getMessage()) + "); rules that depend on it assume a current server"));
        }
    }

    private static String oneLine(String message) {
        String text = message == null ? "no message" : message.strip();
        int end = text.indexOf('\n');
        return DatabaseUrl.redact(end < 0 ? text : text.substring(0, end).strip());
    }
}
