package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.RevisionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate}: {@code revision --autogenerate} (inside an application only), as Flask-Migrate names it. */
@Command(name = "migrate", description = "Write a revision from the application's model (revision --autogenerate; inside an application only).")
final class MigrateCommand extends SessionCommand {

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "The message of the new revision.")
    private String message = RevisionWriter.EMPTY_MESSAGE;

    MigrateCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        Autogenerator autogenerator = RevisionWriter.autogenerator(session, spec(), "migrate -m MSG");
        PsmMigrate migrate = session.loadWithDatabase(spec());
        RevisionWriter.write(session, directory -> migrate.revision(
                RevisionWriter.withModelChanges(session, autogenerator, migrate, RevisionSpec.of(message, directory))));
        return 0;
    }
}
