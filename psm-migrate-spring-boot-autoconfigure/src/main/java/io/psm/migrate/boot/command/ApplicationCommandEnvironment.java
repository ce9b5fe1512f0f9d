package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.cli.CommandEnvironment;

import java.nio.file.Path;

/** The {@code db} commands' view of one instance: its database, locations and script directory. */
final class ApplicationCommandEnvironment implements CommandEnvironment {

    private final PsmMigrateInstance instance;

    ApplicationCommandEnvironment(PsmMigrateInstance instance) {
        this.instance = instance;
    }

    @Override
    public PsmMigrate.Builder configure() {
        return this.instance.configure();
    }

    @Override
    public String databaseDescription() {
        return this.instance.description();
    }

    @Override
    public Path defaultDirectory() {
        return this.instance.scriptDirectory();
    }
}
