package io.psm.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade}: applies revisions up to a target, or prints their SQL with {@code --sql}. */
@Command(name = "upgrade", description = "Apply revisions up to TARGET (default: head).")
final class UpgradeCommand extends SessionCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head, heads, an id, label@head, +N, ...; with --sql also FROM:TARGET.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL that would run, version-table statements included; touch nothing.")
    private boolean sql;

    UpgradeCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (sql) {
            SqlOutput.print(session, session.load().upgradeSql(target));
            return 0;
        }
        SqlOutput.rejectRange(target);
        session.loadWithDatabase(spec()).upgrade(target);
        return 0;
    }
}
