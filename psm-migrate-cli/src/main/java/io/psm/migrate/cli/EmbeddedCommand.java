package io.psm.migrate.cli;

import picocli.CommandLine.Command;

import java.io.PrintStream;

/** {@code db}: the commands inside an application, which supplies the database and locations. */
@Command(name = "db", description = "Database migrations of this application.",
        footer = {"", "Run as: java -jar APP.jar db [-n NAME] COMMAND [ARGS] [--prop=value...]",
                "  -n NAME       the database psm.migrate.instances.NAME (default: the",
                "                application's own DataSource)",
                "  --prop=value  Spring properties, as when the application starts"})
final class EmbeddedCommand extends RootCommand {

    private final CommandEnvironment environment;
    private final Secrets secrets;

    EmbeddedCommand(CommandEnvironment environment, Secrets secrets, PrintStream out, PrintStream err) {
        super(out, err);
        this.environment = environment;
        this.secrets = secrets;
    }

    @Override
    Session session() {
        return new Session(environment, directory().orElseGet(environment::defaultDirectory),
                Session.Database.CONFIGURED, secrets, runOptions(), out(), err());
    }

    @Override
    String commandPrefix() {
        return "db ";
    }

    @Override
    String describeFailure(Exception failure, String message) {
        return environment.describeFailure(failure, message);
    }

    @Override
    Secrets secrets() {
        return secrets;
    }
}
