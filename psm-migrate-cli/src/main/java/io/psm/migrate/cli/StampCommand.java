package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.plan.StampMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
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

    @Option(names = "--sql", description = "Print the version-table SQL instead of running it; REV may be FROM:REV.")
    private boolean sql;

    StampCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        StampMode mode = purge ? StampMode.PURGE : StampMode.KEEP;
        if (sql) {
            SqlRange range = SqlRange.of(revisions);
            SqlOutput.print(session, session.load().stampSql(range.from(), range.to(), mode));
            return 0;
        }
        PsmMigrate migrate = session.loadWithDatabase(spec());
        List<String> heads = migrate.stamp(revisions, mode);
        GraphView graph = GraphView.of(migrate);
        RevisionFormat format = new RevisionFormat(graph, Set.of());
        for (String head : heads) {
            session.print(format.line(graph.revision(head), EnumSet.of(RevisionFormat.Part.TREE)));
        }
        return 0;
    }

    /** The revisions of {@code stamp --sql}, each possibly {@code FROM:REV}, with one starting point at most, as Alembic allows. */
    private record SqlRange(List<String> from, List<String> to) {

        static SqlRange of(List<String> revisions) {
            String start = null;
            List<String> to = new ArrayList<>();
            for (String revision : revisions) {
                String destination = revision;
                int colon = revision.indexOf(':');
                if (colon >= 0) {
                    String from = revision.substring(0, colon);
                    if (start != null && !start.equals(from)) {
                        throw new CommandFailure("Stamp operation with --sql only supports a single starting revision"
                                + " at a time; got '" + start + "' and '" + from + "'");
                    }
                    start = from;
                    destination = revision.substring(colon + 1);
                }
                to.add(destination);
            }
            return new SqlRange(start == null ? List.of() : List.of(start), to);
        }
    }
}
