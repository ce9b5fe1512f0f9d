package io.psm.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Path;
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

    /** The text a failure is reported with, after {@code ERROR: }. */
    String describeFailure(Exception failure) {
        return failure.getMessage();
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
