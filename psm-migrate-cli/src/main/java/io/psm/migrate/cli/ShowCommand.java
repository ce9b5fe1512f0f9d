package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Set;

/** {@code show}: one revision in full (or the current ones, or the heads). */
@Command(name = "show", description = "Print a revision's header fields and path.")
final class ShowCommand extends SessionCommand {

    @Parameters(paramLabel = "REV", description = "An id, a unique prefix, head, label@head, ...; current or heads for several.")
    private String revision;

    ShowCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = "current".equals(revision) ? session.loadWithDatabase(spec()) : session.load();
        RevisionFormat format = new RevisionFormat(GraphView.of(migrate), Set.of());
        for (RevisionNode each : revisions(migrate)) {
            session.print(format.logEntry(each));
        }
        return 0;
    }

    private List<RevisionNode> revisions(PsmMigrate migrate) {
        return switch (revision) {
            case "current" -> migrate.current();
            case "heads" -> migrate.heads();
            default -> List.of(migrate.show(revision).revision());
        };
    }
}
