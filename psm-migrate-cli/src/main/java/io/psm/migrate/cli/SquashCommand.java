package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.adopt.SquashMode;
import io.psm.migrate.adopt.SquashResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code squash}: replaces a linear run of revisions by one that keeps the newest id. */
@Command(name = "squash", description = "Replace the linear run of revisions A:B by one revision with B's id that"
        + " lists the others under Replaces:, so databases at B or later carry on.")
final class SquashCommand extends SessionCommand {

    @Parameters(paramLabel = "A:B", description = "The oldest and the newest revision of the run.")
    private String range;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", required = true, description = "The message of the new revision.")
    private String message;

    @Option(names = "--from-schema", description = "Write the schema the run builds (read back from a scratch schema"
            + " of the database) instead of its statements; statements that change data are kept at the end.")
    private boolean fromSchema;

    SquashCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = fromSchema ? session.loadWithDatabase(spec()) : session.load();
        SquashResult result = migrate.squash(range, message, fromSchema ? SquashMode.FROM_SCHEMA : SquashMode.STATEMENTS);
        for (Path removed : result.removed()) {
            session.log("Removed " + removed.toAbsolutePath().normalize());
        }
        session.print("Generating " + result.file().toAbsolutePath().normalize() + " ...  done");
        result.warnings().forEach(session::warn);
        session.log("Revision " + result.revision() + " replaces " + String.join(", ", result.replaces())
                + "; databases at " + result.revision() + " or later carry on, one at a replaced revision is told how"
                + " to proceed");
        return 0;
    }
}
