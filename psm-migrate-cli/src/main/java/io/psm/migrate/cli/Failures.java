package io.psm.migrate.cli;

import io.psm.migrate.MigrateException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** How a failed command is reported: one {@code ERROR: } line, after the stack trace under {@code --verbose}. */
final class Failures {

    static final int FAILED = 1;

    private Failures() {
    }

    /**
     * Prints the failure, passwords masked.
     *
     * @return the exit status of a failure
     */
    static int report(Exception failure, RootCommand root, PrintStream err) {
        Secrets secrets = root.secrets();
        if (root.verbose()) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(secrets.mask(trace.toString()));
        }
        err.println("ERROR: " + secrets.mask(oneLine(message(failure, root))));
        err.flush();
        return FAILED;
    }

    /**
     * Prints a usage error: picocli's message, its suggestions for a mistyped name, and the usage
     * of the command at fault, all on picocli's error writer (which masks passwords).
     *
     * @return the exit status of a usage error
     */
    static int reportUsage(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(error.getMessage());
        UnmatchedArgumentException.printSuggestions(error, err);
        command.usage(err, command.getColorScheme());
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The message, naming the commands it suggests as this command line spells them, with what the environment adds. */
    private static String message(Exception failure, RootCommand root) {
        String message = root.describeFailure(failure, failure instanceof MigrateException known
                ? known.messageFor(root.commandPrefix()) : failure.getMessage());
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
