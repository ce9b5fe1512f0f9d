package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;

import java.nio.file.Path;

/**
 * What the commands run against when they are embedded in an application ({@code java -jar app.jar
 * db upgrade}): the application supplies its own database and locations, so the standalone
 * connection options ({@code --url}, {@code --user}, {@code --password}) do not apply there.
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
}
