package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code history}: the revisions, newest first. */
@Command(name = "history", description = "Print the revisions, newest first.")
final class HistoryCommand extends SessionCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B", description = "Only this range: base:head, -3:, current:, ...")
    private String range;

    @Option(names = "-v", description = "Print each revision in full.")
    private boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revisions (current),"
            + " and those whose last attempt failed (failed) or never ended (running).")
    private boolean indicateCurrent;

    HistoryCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (range != null && !range.contains(":")) {
            throw new CommandFailure("History range requires [start]:[end], [start]:, or :[end]; got '" + range + "'");
        }
        boolean needsDatabase = indicateCurrent || (range != null && range.contains("current"));
        PsmMigrate migrate = needsDatabase ? session.loadWithDatabase(spec()) : session.load();
        Set<String> current = indicateCurrent
                ? migrate.current().stream().map(RevisionNode::id).collect(Collectors.toSet())
                : Set.of();
        Map<String, String> attempts = new HashMap<>();
        if (indicateCurrent) {
            migrate.unfinished().forEach(attempt -> attempts.put(attempt.revision(), attempt.state().word()));
        }
        RevisionFormat format = new RevisionFormat(GraphView.of(migrate), current, attempts);
        RevisionFormat.Detail detail = detail(verbose);
        List<RevisionNode> revisions = range == null ? migrate.history() : migrate.history(range);
        for (RevisionNode revision : revisions) {
            session.print(format.format(revision, detail, EnumSet.allOf(RevisionFormat.Part.class)));
        }
        return 0;
    }
}
