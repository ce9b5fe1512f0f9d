package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.CommandEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The {@code db} commands' view of one instance: its database, locations and script directory.
 *
 * <p>Like Flask-Migrate's, the commands read the scripts where developers write them: when the
 * instance has one {@code classpath:} location and its source directory exists (the application
 * runs from its project), the scripts are read from that directory, so a revision just written is
 * seen without a rebuild. Elsewhere (a packaged application on a server) the classpath is read.
 * Run by psm-migrate's Maven plugin, the project's resource directories decide instead (see
 * {@link ProjectResources}). {@code migrate}, {@code check} and {@code revision --autogenerate}
 * compare the application's model through its {@link Autogenerator} bean, when it has one.
 */
final class ApplicationCommandEnvironment implements CommandEnvironment {

    private final PsmMigrateInstance instance;
    private final Supplier<Optional<Autogenerator>> autogenerator;
    private final Optional<ProjectResources> project = ProjectResources.fromSystemProperty();

    /**
     * @param instance      the instance the commands work on
     * @param autogenerator finds the application's model comparison; called only by the commands
     *                      that compare, so the others never build the persistence layer for it
     */
    ApplicationCommandEnvironment(PsmMigrateInstance instance, Supplier<Optional<Autogenerator>> autogenerator) {
        this.instance = instance;
        this.autogenerator = autogenerator;
    }

    @Override
    public PsmMigrate.Builder configure() {
        PsmMigrate.Builder builder = this.instance.configure();
        if (this.project.isPresent()) {
            return builder.locations(this.project.get().locations(this.instance.locations()));
        }
        sourceLocation().ifPresent(builder::locations);
        return builder;
    }

    @Override
    public Optional<DataSource> dataSource() {
        return Optional.of(this.instance.dataSource());
    }

    @Override
    public Optional<Autogenerator> autogenerator() {
        return this.autogenerator.get();
    }

    /** The instance's source directory as a location, when the commands should read it instead. */
    Optional<String> sourceLocation() {
        List<String> locations = this.instance.locations();
        Path directory = this.instance.scriptDirectory();
        if (locations.size() != 1 || !locations.get(0).startsWith("classpath:") || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        return Optional.of("filesystem:" + directory.toAbsolutePath());
    }

    @Override
    public String databaseDescription() {
        return this.instance.description();
    }

    @Override
    public Path defaultDirectory() {
        return this.instance.configuredScriptDirectory()
                .or(() -> this.project.flatMap(resources -> resources.scriptDirectory(this.instance.locations().get(0))))
                .orElseGet(this.instance::scriptDirectory);
    }
}
