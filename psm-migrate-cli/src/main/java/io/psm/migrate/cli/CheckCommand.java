package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import picocli.CommandLine.Command;

/** {@code check}: whether autogenerate would write anything (inside an application only). */
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
        if (changes.isEmpty()) {
            session.print("No new upgrade operations detected.");
            return 0;
        }
        changes.changes().forEach(change -> session.print("Detected " + change));
        throw new CommandFailure("New upgrade operations detected: " + changes.changes().size()
                + "; write them with 'db migrate -m MSG'");
    }
}
