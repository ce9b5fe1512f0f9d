package io.psm.migrate.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A command that runs in the session its root command opens once the options are parsed. */
abstract class SessionCommand implements Callable<Integer> {

    private final RootCommand root;

    @Spec
    private CommandSpec spec;

    SessionCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public final Integer call() {
        return run(root.session());
    }

    /**
     * Runs the command.
     *
     * @return the exit status: 0 when done
     */
    abstract int run(Session session);

    /** This command's picocli model, for usage errors. */
    final CommandSpec spec() {
        return spec;
    }

    /** What this command line names before a command in messages: {@code ""} standalone, {@code "db "} in an application. */
    final String commandPrefix() {
        return root.commandPrefix();
    }

    /** How much to print of each revision: in full under {@code -v} or the global {@code --verbose}. */
    final RevisionFormat.Detail detail(boolean verbose) {
        return verbose || root.verbose() ? RevisionFormat.Detail.VERBOSE : RevisionFormat.Detail.LINE;
    }
}
