package io.psm.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downgrade}: reverts revisions down to a target, or prints their SQL with {@code --sql}. */
@Command(name = "downgrade", description = "Revert revisions down to TARGET (default: -1).")
final class DowngradeCommand extends SessionCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "-1",
            description = "-N, base, an id, label@-1, ...; with --sql FROM:TARGET.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL that would run for FROM:TARGET; touch nothing.")
    private boolean sql;

    DowngradeCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (sql) {
            if (!target.contains(":")) {
                throw new CommandFailure("downgrade with --sql requires <fromrev>:<torev>");
            }
            SqlOutput.print(session, session.load().downgradeSql(target));
            return 0;
        }
        SqlOutput.rejectRange(target);
        session.loadWithDatabase(spec()).downgrade(target);
        return 0;
    }
}
