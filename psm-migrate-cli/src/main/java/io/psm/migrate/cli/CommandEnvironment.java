package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the commands run against when they are embedded in an application ({@code java -jar app.jar
 * db upgrade}): the application supplies its own database and locations, so the standalone
 * connection options ({@code --url}, {@code --user}, {@code --password}) do not apply there.
 *
 * <p>Implementations are asked once per command run, from the thread that runs it.
 */
public interface CommandEnvironment {

    /**
     * A fresh builder configured with the application's database, locations, tables and listener;
     * the command adds what it needs and loads it.
     */
    PsmMigrate.Builder configure();

    /** The database, for messages: a URL with any password masked. */
    String databaseDescription();

    /** Where {@code revision}, {@code merge} and {@code init} write scripts unless {@code -d} says otherwise. */
    Path defaultDirectory();

    /**
     * The database as a DataSource, for commands that need their own connections beside the
     * engine's ({@code verify} creates and drops a scratch schema there). The environment owns it;
     * commands close only the connections they open. Empty when the environment cannot offer one,
     * in which case those commands fail and say so.
     */
    default Optional<DataSource> dataSource() {
        return Optional.empty();
    }

    /**
     * What compares the application's model with the database, for {@code migrate}, {@code check}
     * and {@code revision --autogenerate}. Empty where there is no model (the standalone command
     * line), in which case those commands exit with status 2 and say to run them inside the
     * application.
     */
    default Optional<Autogenerator> autogenerator() {
        return Optional.empty();
    }

    /**
     * The text a failure is reported with, after {@code ERROR: }: its message, to which an
     * application may add what it knows of the cause (a jar older than the project's scripts). One
     * line; passwords are masked afterwards.
     *
     * @param failure the failure of a command
     * @param message its message, naming commands as this command line spells them
     * @return the text
     */
    default String describeFailure(Exception failure, String message) {
        return message;
    }
}
