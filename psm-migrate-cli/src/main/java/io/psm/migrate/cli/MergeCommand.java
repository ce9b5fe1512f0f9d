package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code merge}: writes a revision that merges several heads. */
@Command(name = "merge", description = "Write a revision that merges revisions (heads for all heads).")
final class MergeCommand extends SessionCommand {

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "The message of the merge revision.")
    private String message = RevisionWriter.EMPTY_MESSAGE;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge, or heads.")
    private List<String> revisions;

    MergeCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.load();
        RevisionWriter.write(session, directory -> migrate.merge(message, revisions, directory));
        return 0;
    }
}
