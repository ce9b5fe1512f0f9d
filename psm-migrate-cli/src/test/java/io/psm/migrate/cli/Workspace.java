package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fresh database and a migration directory for one test, with the command line pointed at both
 * ({@code --url <database> -d <directory>}); closing it drops the database.
 */
final class Workspace implements AutoCloseable {

    private final TestDatabase database;
    private final Path directory;

    private Workspace(TestDatabase database, Path directory) {
        this.database = database;
        this.directory = directory;
    }

    /** A new empty database of this kind and the directory for its scripts. */
    static Workspace create(TestDatabase.Kind kind, Path directory) {
        TestDatabase database = TestDatabases.create(kind);
        // Opens the H2 database with DB_CLOSE_DELAY=-1, so it outlives each run's connections.
        database.execute("SELECT 1");
        return new Workspace(database, directory);
    }

    TestDatabase database() {
        return database;
    }

    Path directory() {
        return directory;
    }

    MigrationFiles files() {
        return new MigrationFiles(directory);
    }

    /** The command line against this database and directory. */
    Cli.Result run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = database.databaseUrl();
        all[2] = "-d";
        all[3] = directory.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    /** The lower-case names of the tables in the database's default schema. */
    Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of " + database.jdbcUrl(), e);
        }
        return tables;
    }

    @Override
    public void close() {
        database.close();
    }
}
