package io.psm.migrate.cli;

import io.psm.migrate.MigrationStatus;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.RevisionStatus;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.graph.render.GraphPicture;
import io.psm.migrate.graph.render.PictureFormat;
import io.psm.migrate.graph.render.PictureNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code history}: the revisions, newest first; as a graph in the terminal, or as Mermaid or DOT. */
@Command(name = "history", description = "Print the revisions, newest first.")
final class HistoryCommand extends SessionCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B", description = "Only this range: base:head, -3:, current:, ...")
    private String range;

    @Option(names = "-v", description = "Print each revision in full.")
    private boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revisions (current),"
            + " and those whose last attempt failed (failed) or never ended (running).")
    private boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the graph beside the revisions, as git log --graph does;"
            + " with a database, mark its current revisions.")
    private boolean graph;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Write the graph as mermaid (for Markdown) or dot"
            + " (Graphviz); with -i, coloured by each revision's state in the database.")
    private String format;

    HistoryCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (range != null && !range.contains(":")) {
            throw new CommandFailure("History range requires [start]:[end], [start]:, or :[end]; got '" + range + "'");
        }
        PictureFormat pictureFormat = pictureFormat();
        boolean markCurrent = indicateCurrent || (graph && session.hasDatabase());
        boolean needsDatabase = markCurrent || (range != null && range.contains("current"));
        PsmMigrate migrate = needsDatabase ? session.loadWithDatabase(spec()) : session.load();
        Map<String, String> states = pictureFormat != null && markCurrent ? states(migrate) : Map.of();
        Set<String> current = markCurrent
                ? migrate.current().stream().map(RevisionNode::id).collect(Collectors.toSet())
                : Set.of();
        Map<String, String> attempts = new HashMap<>();
        if (markCurrent) {
            migrate.unfinished().forEach(attempt -> attempts.put(attempt.revision(), attempt.state().word()));
        }
        RevisionFormat lines = new RevisionFormat(GraphView.of(migrate), current, attempts);
        List<RevisionNode> revisions = range == null ? migrate.history() : migrate.history(range);
        if (graph || pictureFormat != null) {
            List<PictureNode> nodes = revisions.stream().map(revision -> picture(revision, lines, states)).toList();
            GraphPicture picture = GraphPicture.of(nodes);
            if (pictureFormat != null) {
                session.out().print(picture.render(pictureFormat));
            } else {
                picture.terminal().forEach(session::print);
            }
            return 0;
        }
        RevisionFormat.Detail detail = detail(verbose);
        for (RevisionNode revision : revisions) {
            session.print(lines.format(revision, detail, EnumSet.allOf(RevisionFormat.Part.class)));
        }
        return 0;
    }

    private PictureFormat pictureFormat() {
        if (format == null) {
            return null;
        }
        if (graph || verbose) {
            throw new ParameterException(spec().commandLine(), "--format writes the graph for another tool; it takes"
                    + " neither --graph nor -v");
        }
        try {
            return PictureFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
    }

    private static PictureNode picture(RevisionNode revision, RevisionFormat lines, Map<String, String> states) {
        PictureNode node = PictureNode.of(revision, lines.tags(revision));
        String state = states.get(revision.id());
        return state == null ? node : node.withState(state);
    }

    private static Map<String, String> states(PsmMigrate migrate) {
        MigrationStatus status = migrate.status("heads");
        Map<String, String> states = new HashMap<>();
        for (RevisionStatus revision : status.revisions()) {
            states.put(revision.revision(), revision.state().word());
        }
        return states;
    }
}
