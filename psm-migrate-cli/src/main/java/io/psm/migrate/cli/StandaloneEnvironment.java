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
    private final Optional<DataSource> dataSource;

    StandaloneEnvironment(Settings settings) {
        this.settings = settings;
        this.dataSource = settings.database().map(DatabaseUrl::dataSource);
    }

    /**
     * The command line's connection options.
     *
     * @param database     the database, absent when neither {@code --url} nor {@code DATABASE_URL} names one
     * @param description  the URL as given, its password masked, for messages
     * @param directory    the migration directory ({@code -d})
     * @param schema       the schema ({@code --schema}), if any
     * @param versionTable the version table ({@code --version-table})
     * @param historyTable the history table ({@code --history-table})
     */
    record Settings(Optional<DatabaseUrl> database, String description, Path directory, Optional<String> schema,
                    String versionTable, String historyTable) {
    }

    /**
     * A builder over the directory and the database.
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
        settings.schema().ifPresent(builder::schema);
        dataSource.ifPresent(builder::dataSource);
        return builder;
    }

    @Override
    public String databaseDescription() {
        return settings.description();
    }

    @Override
    public Path defaultDirectory() {
        return settings.directory();
    }

    @Override
    public Optional<DataSource> dataSource() {
        return dataSource;
    }
}
