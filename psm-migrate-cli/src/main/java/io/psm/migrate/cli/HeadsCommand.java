package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code heads}: the heads of the revision graph; with {@code --check}, a CI guard against a second head. */
@Command(name = "heads", description = "Print the heads of the revision graph.")
final class HeadsCommand extends SessionCommand {

    @Option(names = "-v", description = "Print each revision in full.")
    private boolean verbose;

    @Option(names = "--check", description = "Exit 1 when the graph has more than one head (for CI).")
    private boolean check;

    HeadsCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.load();
        RevisionFormat format = new RevisionFormat(GraphView.of(migrate), Set.of());
        RevisionFormat.Detail detail = detail(verbose);
        List<RevisionNode> heads = migrate.heads();
        for (RevisionNode head : heads) {
            session.print(format.format(head, detail, EnumSet.of(RevisionFormat.Part.BRANCHES)));
        }
        if (check && heads.size() > 1) {
            throw new CommandFailure("The revision graph has " + heads.size() + " heads: "
                    + String.join(", ", heads.stream().map(RevisionNode::id).toList()) + "; two branches each added"
                    + " revisions on the same parent. Join them with 'merge -m MSG heads' and commit the merge revision"
                    + " (or, for a deliberate second branch, check its own head with 'heads' and a branch label)");
        }
        return 0;
    }
}
