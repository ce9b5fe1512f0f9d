package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.StampMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code stamp}: sets the version table without running any revision. */
@Command(name = "stamp", description = "Set the version table to REV... without running anything.")
final class StampCommand extends SessionCommand {

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to stamp: ids, head, heads, base, ...")
    private List<String> revisions;

    @Option(names = "--purge", description = "Empty the version table first.")
    private boolean purge;

    @Option(names = "--sql", description = "Print the version-table SQL instead of running it.")
    private boolean sql;

    StampCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (sql) {
            throw new CommandFailure("stamp --sql is not supported yet: the engine offers no stamp SQL;"
                    + " run stamp against the database instead");
        }
        PsmMigrate migrate = session.loadWithDatabase(spec());
        List<String> heads = migrate.stamp(revisions, purge ? StampMode.PURGE : StampMode.KEEP);
        GraphView graph = GraphView.of(migrate.scripts());
        RevisionFormat format = new RevisionFormat(graph, Set.of());
        for (String head : heads) {
            RevisionNode node = graph.script(head).map(script -> script.revision()).orElse(RevisionNode.of(head));
            session.print(format.line(node, EnumSet.of(RevisionFormat.Part.TREE)));
        }
        return 0;
    }
}
