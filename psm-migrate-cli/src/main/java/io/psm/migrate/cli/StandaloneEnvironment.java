package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/** The environment of the standalone command line: a database URL and a migration directory. */
final class StandaloneEnvironment implements CommandEnvironment {

    private final Settings settings;

    StandaloneEnvironment(Settings settings) {
        this.settings = settings;
    }

    /**
     * The command line's connection options.
     *
     * @param url          the database URL ({@code --url} or {@code DATABASE_URL}), if any
     * @param user         the user ({@code --user}), overriding the URL's
     * @param password     the password ({@code --password}), overriding the URL's
     * @param directory    the migration directory ({@code -d})
     * @param schema       the schema ({@code --schema}), if any
     * @param versionTable the version table ({@code --version-table})
     * @param historyTable the history table ({@code --history-table})
     * @param dialect      the database type {@code --sql} writes for ({@code --dialect}), if given
     */
    record Settings(Optional<String> url, Optional<String> user, Optional<String> password, Path directory,
                    Optional<String> schema, String versionTable, String historyTable, Optional<String> dialect) {

        /** Hides the password. */
        @Override
        public String toString() {
            return "Settings[url=" + url.map(DatabaseUrl::redact).orElse("") + ", directory=" + directory + "]";
        }
    }

    /**
     * A builder over the directory and the URL; the URL is read when a command first needs the
     * database, so offline commands work without one.
     *
     * @throws CommandFailure when the directory does not exist
     */
    @Override
    public PsmMigrate.Builder configure() {
        Path directory = settings.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new CommandFailure("Migration directory " + directory
                    + " does not exist; create it with 'psm-migrate -d " + settings.directory() + " init'");
        }
        PsmMigrate.Builder builder = PsmMigrate.configure()
                .locations("filesystem:" + directory)
                .versionTable(settings.versionTable())
                .historyTable(settings.historyTable());
        settings.url().ifPresent(builder::url);
        settings.user().ifPresent(builder::user);
        settings.password().ifPresent(builder::password);
        settings.schema().ifPresent(builder::schema);
        settings.dialect().ifPresent(builder::dialect);
        return builder;
    }

    @Override
    public String databaseDescription() {
        return settings.url().map(DatabaseUrl::redact).orElse("(no database)");
    }

    @Override
    public Path defaultDirectory() {
        return settings.directory();
    }

    /** The same database as {@link #configure()}'s, read by the same parser. */
    @Override
    public Optional<DataSource> dataSource() {
        return settings.url().map(DatabaseUrl::parse).map(this::withCredentials).map(DatabaseUrl::dataSource);
    }

    private DatabaseUrl withCredentials(DatabaseUrl url) {
        DatabaseUrl withUser = settings.user().map(url::withUser).orElse(url);
        return settings.password().map(withUser::withPassword).orElse(withUser);
    }
}
