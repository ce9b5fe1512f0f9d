package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What an application gives its {@code db} commands, for tests: its DataSource, its migration
 * directory (read and written) and, for {@code migrate} and {@code check}, an autogenerator.
 *
 * @param database      the application's database
 * @param directory     its migration directory
 * @param autogenerator its model comparison, if it has one
 */
record ApplicationEnvironment(DataSource database, Path directory, Optional<Autogenerator> autogenerator)
        implements CommandEnvironment {

    @Override
    public PsmMigrate.Builder configure() {
        return PsmMigrate.configure().dataSource(database).locations("filesystem:" + directory.toAbsolutePath());
    }

    @Override
    public String databaseDescription() {
        return "app-database";
    }

    @Override
    public Path defaultDirectory() {
        return directory;
    }

    @Override
    public Optional<DataSource> dataSource() {
        return Optional.of(database);
    }
}
