package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.Set;

/** {@code heads}: the heads of the revision graph. */
@Command(name = "heads", description = "Print the heads of the revision graph.")
final class HeadsCommand extends SessionCommand {

    @Option(names = "-v", description = "Print each revision in full.")
    private boolean verbose;

    HeadsCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.load();
        RevisionFormat format = new RevisionFormat(GraphView.of(migrate), Set.of());
        RevisionFormat.Detail detail = detail(verbose);
        for (RevisionNode head : migrate.heads()) {
            session.print(format.format(head, detail, EnumSet.of(RevisionFormat.Part.BRANCHES)));
        }
        return 0;
    }
}
