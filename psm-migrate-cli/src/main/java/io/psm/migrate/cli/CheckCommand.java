package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import picocli.CommandLine.Command;

/**
 * {@code check}: whether autogenerate would write anything (inside an application only), so CI can
 * fail a change whose entities and migrations disagree. The detected changes are its result and go
 * to standard output; warnings are log lines on standard error.
 */
@Command(name = "check", description = "Exit 1 if the application's model differs from the database (inside an application only).")
final class CheckCommand extends SessionCommand {

    CheckCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        Autogenerator autogenerator = RevisionWriter.autogenerator(session, spec(), "check");
        PsmMigrate migrate = session.loadWithDatabase(spec());
        ModelChanges changes = autogenerator.compare(migrate);
        changes.warnings().forEach(session::warn);
        if (changes.isEmpty()) {
            session.print("No new upgrade operations detected.");
            return 0;
        }
        changes.changes().forEach(session::print);
        throw new CommandFailure("New upgrade operations detected: " + changes.changes().size()
                + "; write them with 'db migrate -m MSG'");
    }
}
