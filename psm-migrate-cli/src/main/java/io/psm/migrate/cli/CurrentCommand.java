package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.version.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code current}: the database's current revisions on standard output, as Alembic prints them;
 * a revision whose last attempt failed or never ended is reported after them on standard error.
 */
@Command(name = "current", description = "Print the database's current revisions.")
final class CurrentCommand extends SessionCommand {

    @Option(names = "-v", description = "Print each revision in full.")
    private boolean verbose;

    CurrentCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.loadWithDatabase(spec());
        RevisionFormat format = new RevisionFormat(GraphView.of(migrate), Set.of());
        RevisionFormat.Detail detail = detail(verbose);
        List<RevisionNode> current = migrate.current();
        if (detail == RevisionFormat.Detail.VERBOSE) {
            session.print("Current revision(s) for " + session.databaseDescription() + ":");
        }
        for (RevisionNode revision : current) {
            session.print(format.format(revision, detail, EnumSet.of(RevisionFormat.Part.TREE)));
        }
        for (HistoryEntry attempt : migrate.unfinished()) {
            session.warn(Attempts.describe(migrate, attempt, commandPrefix()));
        }
        return 0;
    }
}
