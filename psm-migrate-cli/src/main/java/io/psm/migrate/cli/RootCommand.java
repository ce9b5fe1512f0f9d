package io.psm.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import io.psm.migrate.execute.TransactionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The top of the command tree: the options every command shares (they may come before or after
 * the command), and the session the commands run in once the options are parsed.
 */
@Command(scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
abstract class RootCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The migration directory: read by every command, written by init, revision and merge.")
    private Path directory;

    @Option(names = "--file-template", paramLabel = "TEMPLATE", scope = ScopeType.INHERIT,
            description = "How new scripts are named, in the syntax of Alembic's file_template; by default"
                    + " %%(rev)s_%%(slug)s.")
    private String fileTemplate;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT,
            converter = Converters.LockTimeout.class,
            description = "How long to wait for another run's migration lock: 90s, 5m, 0 for one try (default: 60s).")
    private Duration lockTimeout;

    @Option(names = "--transaction-mode", paramLabel = "MODE", scope = ScopeType.INHERIT,
            converter = Converters.Mode.class,
            description = "per-revision (default): each revision commits on its own; all: the whole run in one"
                    + " transaction, undone whole by a failure (PostgreSQL, SQLite).")
    private TransactionMode transactionMode;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    private boolean verbose;

    RootCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Without a command there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    /** The session for the command being run; call once the options are parsed. */
    abstract Session session();

    /** The passwords this run knows of, for masking failures. */
    abstract Secrets secrets();

    /** What the command line names before a command in messages: {@code ""} standalone, {@code "db "} in an application. */
    abstract String commandPrefix();

    /** The lock timeout, transaction mode and file template given on the command line. */
    final RunOptions runOptions() {
        return new RunOptions(Optional.ofNullable(lockTimeout), Optional.ofNullable(transactionMode),
                Optional.ofNullable(fileTemplate));
    }

    /**
     * The text a failure is reported with, after {@code ERROR: }.
     *
     * @param failure the failure
     * @param message its message, naming commands as this command line spells them
     */
    String describeFailure(Exception failure, String message) {
        return message;
    }

    /** Whether failures print their stack trace. */
    final boolean verbose() {
        return verbose;
    }

    /** The directory given with {@code -d}, if any. */
    final Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    final PrintStream out() {
        return out;
    }

    final PrintStream err() {
        return err;
    }
}
