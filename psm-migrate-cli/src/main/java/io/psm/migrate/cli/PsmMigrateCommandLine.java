package io.psm.migrate.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code psm-migrate [--url URL] [--user U] [--password P] [-d DIR] COMMAND [ARGS]}
 * standalone, and {@code db COMMAND [ARGS]} inside an application.
 *
 * <p>Results go to {@code out}, progress and log lines to {@code err}. The exit status is 0 when
 * the command is done, 1 after a failure (reported as one {@code ERROR: } line on {@code err},
 * with the stack trace only under {@code --verbose}) and 2 after a usage error (reported with the
 * command's usage on {@code err}). No password appears in anything printed. Each call is
 * independent; the class holds no state.
 */
public final class PsmMigrateCommandLine {

    private PsmMigrateCommandLine() {
    }

    /** Runs the standalone command line and exits the JVM with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the standalone command line, which builds its database from {@code --url} or the
     * environment's {@code DATABASE_URL}.
     *
     * @param args the arguments, global options first or after the command
     * @param out  where results go
     * @param err  where progress, logs, errors and usage go
     * @param env  the environment variables ({@code DATABASE_URL})
     * @return the exit status: 0 done, 1 failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Secrets secrets = Secrets.scan(Arrays.asList(args), env);
        return execute(new StandaloneCommand(env, secrets, out, err), args);
    }

    /**
     * Runs a command inside an application ({@code java -jar app.jar db COMMAND}), against the
     * application's database and locations; the connection options are not offered.
     *
     * @param environment the application's database, locations and directory for new scripts
     * @param args        the arguments after {@code db}
     * @param out         where results go
     * @param err         where progress, logs, errors and usage go
     * @return the exit status: 0 done, 1 failed, 2 usage error
     */
    public static int runEmbedded(CommandEnvironment environment, String[] args, PrintStream out, PrintStream err) {
        Secrets secrets = Secrets.scan(Arrays.asList(args), Map.of());
        return execute(new EmbeddedCommand(environment, secrets, out, err), args);
    }

    private static int execute(RootCommand root, String[] args) {
        CommandLine line = new CommandLine(root);
        commands(root).forEach(line::addSubcommand);
        PrintWriter out = new PrintWriter(root.out(), true);
        PrintWriter err = new PrintWriter(new MaskingWriter(root.err(), root::secrets), true);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(Failures::reportUsage);
        line.setExecutionExceptionHandler((failure, failedLine, parsed) -> Failures.report(failure, root, root.err()));
        try {
            return line.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static List<SessionCommand> commands(RootCommand root) {
        return List.of(new InitCommand(root), new RevisionCommand(root), new MigrateCommand(root),
                new MergeCommand(root), new UpgradeCommand(root), new DowngradeCommand(root),
                new CurrentCommand(root), new HeadsCommand(root), new BranchesCommand(root),
                new HistoryCommand(root), new ShowCommand(root), new StampCommand(root),
                new RepairCommand(root), new CheckCommand(root), new VerifyCommand(root),
                new LintCommand(root), new ImportFlywayCommand(root), new SquashCommand(root));
    }
}
