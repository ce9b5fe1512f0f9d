package io.psm.migrate.boot.command;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.diagnostics.FailureAdvice;
import io.psm.migrate.boot.env.ConfiguredDatabase;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.CommandEnvironment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.core.env.Environment;

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
 *
 * <p>Before the first connection, the command says which database it uses and where its URL comes
 * from (one {@code INFO} line, and a {@code WARN} when a {@code DATABASE_URL} is overridden), and
 * refuses Spring Boot's in-memory fallback, which no one configured. Failures are reported with
 * their likely cause when {@link FailureAdvice} knows it.
 */
final class ApplicationCommandEnvironment implements CommandEnvironment {

    private static final String INFO = "INFO  [psm.migrate] ";
    private static final String WARN = "WARN  [psm.migrate] ";

    private final PsmMigrateInstance instance;
    private final Supplier<Optional<Autogenerator>> autogenerator;
    private final Optional<ProjectResources> project = ProjectResources.fromSystemProperty();
    private final Environment environment;
    private final DataSource dataSource;

    /**
     * @param instance      the instance the commands work on
     * @param autogenerator finds the application's model comparison; called only by the commands
     *                      that compare, so the others never build the persistence layer for it
     * @param environment   the application's environment
     * @param err           where the database's INFO and WARN lines go
     */
    ApplicationCommandEnvironment(PsmMigrateInstance instance, Supplier<Optional<Autogenerator>> autogenerator,
            Environment environment, PrintStream err) {
        this.instance = instance;
        this.autogenerator = autogenerator;
        this.environment = environment;
        this.dataSource = new CommandDataSource(instance.dataSource(),
                () -> instance.configuredDatabase().ifPresent(database -> announce(database, err)));
    }

    private static void announce(ConfiguredDatabase database, PrintStream err) {
        if (database.source() == ConfiguredDatabase.Source.EMBEDDED_FALLBACK) {
            throw new NoDatabaseConfiguredException(database.url());
        }
        err.println(INFO + database.describe());
        database.warning().ifPresent(warning -> err.println(WARN + warning));
    }

    @Override
    public PsmMigrate.Builder configure() {
        PsmMigrate.Builder builder = this.instance.configure().dataSource(this.dataSource);
        if (this.project.isPresent()) {
            return builder.locations(this.project.get().locations(this.instance.locations()));
        }
        sourceLocation().ifPresent(builder::locations);
        return builder;
    }

    @Override
    public Optional<DataSource> dataSource() {
        return Optional.of(this.dataSource);
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

    @Override
    public String describeFailure(Exception failure, String message) {
        return FailureAdvice.of(failure, this.environment)
                .map(advice -> message + ". Likely cause: " + advice)
                .orElse(message);
    }
}
