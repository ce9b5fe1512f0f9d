package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code branches}: each branch point of the graph and the revisions it branches into. */
@Command(name = "branches", description = "Print the branch points of the revision graph.")
final class BranchesCommand extends SessionCommand {

    @Option(names = "-v", description = "Print each branch point in full and the messages of its branches.")
    private boolean verbose;

    BranchesCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.load();
        GraphView graph = GraphView.of(migrate);
        RevisionFormat format = new RevisionFormat(graph, Set.of());
        RevisionFormat.Detail detail = detail(verbose);
        Set<RevisionFormat.Part> childParts = detail == RevisionFormat.Detail.VERBOSE
                ? EnumSet.of(RevisionFormat.Part.BRANCHES, RevisionFormat.Part.TREE, RevisionFormat.Part.DOC)
                : EnumSet.of(RevisionFormat.Part.BRANCHES, RevisionFormat.Part.TREE);
        for (RevisionNode branchPoint : migrate.branches()) {
            String indent = " ".repeat(branchPoint.id().length());
            String children = graph.nextRevisions(branchPoint.id()).stream()
                    .map(child -> indent + " -> " + format.line(graph.revision(child), childParts))
                    .collect(Collectors.joining("\n"));
            session.print(format.format(branchPoint, detail,
                    EnumSet.of(RevisionFormat.Part.BRANCHES, RevisionFormat.Part.TREE)) + "\n" + children + "\n");
        }
        return 0;
    }
}
