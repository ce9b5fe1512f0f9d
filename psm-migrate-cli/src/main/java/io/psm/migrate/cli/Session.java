package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one command runs with: the environment, the migration directory and the output streams
 * (results to {@code out}, progress and logs to {@code err}).
 */
final class Session {

    /** Whether the command line names a database. */
    enum Database { CONFIGURED, MISSING }

    private static final String LOG_PREFIX = "INFO  [psm.migrate] ";
    private static final String WARN_PREFIX = "WARN  [psm.migrate] ";

    private final CommandEnvironment environment;
    private final Path directory;
    private final Database database;
    private final Secrets secrets;
    private final RunOptions options;
    private final PrintStream out;
    private final PrintStream err;

    Session(CommandEnvironment environment, Path directory, Database database, Secrets secrets, RunOptions options,
            PrintStream out, PrintStream err) {
        this.environment = environment;
        this.directory = directory;
        this.database = database;
        this.secrets = secrets;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** The environment's configuration and the command line's run options, with progress lines going to {@code err}. */
    PsmMigrate.Builder configure() {
        return options.applyTo(environment.configure()).addListener(new ProgressListener(this));
    }

    /** Whether the command line names a database (inside an application it always does). */
    boolean hasDatabase() {
        return database == Database.CONFIGURED;
    }

    /** Loads the scripts, with progress lines going to {@code err}. */
    PsmMigrate load() {
        return configure().load();
    }

    /**
     * Loads the scripts for a command that reads or changes the database.
     *
     * @throws ParameterException (a usage error) when no database is named
     */
    PsmMigrate loadWithDatabase(CommandSpec command) {
        requireDatabase(command);
        return load();
    }

    /**
     * Checks that a database is named.
     *
     * @throws ParameterException (a usage error) when none is
     */
    void requireDatabase(CommandSpec command) {
        if (database == Database.MISSING) {
            throw new ParameterException(command.commandLine(),
                    "Missing database: give --url URL or set " + StandaloneCommand.URL_VARIABLE);
        }
    }

    CommandEnvironment environment() {
        return environment;
    }

    /** The database, for messages: its URL with every known password masked. */
    String databaseDescription() {
        return secrets.mask(environment.databaseDescription());
    }

    /** The migration directory, where new scripts are written. */
    Path directory() {
        return directory;
    }

    /** Prints a result line to standard output. */
    void print(String line) {
        out.println(line);
    }

    /** Prints a log line, Alembic-style ({@code INFO  [psm.migrate] ...}), to standard error. */
    void log(String message) {
        err.println(LOG_PREFIX + message);
    }

    /** Prints a warning in the same format ({@code WARN  [psm.migrate] ...}) to standard error. */
    void warn(String message) {
        err.println(WARN_PREFIX + message);
    }

    PrintStream out() {
        return out;
    }
}
