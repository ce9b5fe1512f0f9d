package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.MigrationStatus;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.env.ConfiguredDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.util.function.SingletonSupplier;

/**
 * One database that psm-migrate manages in this application: the application's own
 * ({@value PsmMigrateInstances#DEFAULT}) or one of {@code psm.migrate.instances.<name>}.
 *
 * <p>It knows its DataSource, what start-up does with it, and how to configure a
 * {@link PsmMigrate} for it. The loaded {@link PsmMigrate} is created on first use and shared;
 * {@link #configure()} gives a fresh builder for callers that add options of their own (the
 * {@code db} commands). Thread-safe.
 */
public final class PsmMigrateInstance {

    private final String name;
    private final DataSource dataSource;
    private final InstanceSettings settings;
    private final Supplier<List<String>> locations;
    private final Supplier<PsmMigrate.Builder> configuration;
    private final Supplier<String> description;
    private final Supplier<PsmMigrate> migrate;
    private final StatusProbe probe;
    private final Optional<ConfiguredDatabase> configuredDatabase;

    PsmMigrateInstance(String name, DataSource dataSource, InstanceSettings settings, Supplier<List<String>> locations,
            Supplier<PsmMigrate.Builder> configuration, Supplier<String> description,
            Optional<ConfiguredDatabase> configuredDatabase) {
        this.name = Objects.requireNonNull(name, "name");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locations = SingletonSupplier.of(locations);
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.description = SingletonSupplier.of(description);
        this.migrate = SingletonSupplier.of(() -> checkLocations(configuration.get().load()));
        this.probe = new StatusProbe(this, settings.probeTimeout());
        this.configuredDatabase = Objects.requireNonNull(configuredDatabase, "configuredDatabase");
    }

    /** The instance's name: {@value PsmMigrateInstances#DEFAULT} or its key under {@code psm.migrate.instances}. */
    public String name() {
        return this.name;
    }

    /** The database it migrates; owned by the application context. */
    public DataSource dataSource() {
        return this.dataSource;
    }

    /** What start-up does with it. */
    public MigrationMode mode() {
        return this.settings.mode();
    }

    /** The revision start-up upgrades to or validates against, and the endpoint reports against. */
    public String target() {
        return this.settings.target();
    }

    /** Where the scripts are read from, placeholders resolved (which may ask the database for its URL). */
    public List<String> locations() {
        return this.locations.get();
    }

    /**
     * Where {@code db revision}, {@code db merge} and {@code db init} write new scripts:
     * {@code script-directory}, else the source directory of the first location
     * ({@code src/main/resources/db/migrations} for {@code classpath:db/migrations}).
     */
    public Path scriptDirectory() {
        return this.settings.scriptDirectory().orElseGet(() -> Locations.scriptDirectory(locations().get(0)));
    }

    /** The directory {@code psm.migrate.script-directory} (or the instance's) sets explicitly, if it does. */
    public Optional<Path> configuredScriptDirectory() {
        return this.settings.scriptDirectory();
    }

    /** The database for messages: its JDBC URL with any password masked. */
    public String description() {
        return this.description.get();
    }

    /**
     * The database as the configuration names it, and where: set when a property names its URL
     * ({@code spring.datasource.url}, {@code DATABASE_URL}, {@code psm.migrate.url}, ...), or when
     * nothing does and the application's DataSource is Spring Boot's in-memory fallback. Empty when
     * a DataSource bean or a service connection defines it.
     */
    public Optional<ConfiguredDatabase> configuredDatabase() {
        return this.configuredDatabase;
    }

    /** A fresh builder with this instance's database, locations, tables, listeners and customizers. */
    public PsmMigrate.Builder configure() {
        return this.configuration.get();
    }

    /**
     * The loaded migrations of this instance, read and validated on first call.
     *
     * @return the shared {@link PsmMigrate}
     * @throws io.psm.migrate.MigrateException when a script or the revision graph is invalid
     */
    public PsmMigrate migrate() {
        return this.migrate.get();
    }

    /**
     * Where the database stands against its target, read as the health indicator and the endpoint
     * read it: within {@code probe-timeout}, with the database's own message when it cannot answer
     * (a pool's time-out is not the cause).
     *
     * @return the status
     * @throws io.psm.migrate.MigrateException naming the database's failure, or that it gave no answer in time
     */
    public MigrationStatus probeStatus() {
        return this.probe.read();
    }

    private PsmMigrate checkLocations(PsmMigrate loaded) {
        if (this.settings.failOnMissingLocations() && !loaded.missingLocations().isEmpty()) {
            throw new InvalidPropertyException(PropertyNames.of(this.name, "locations"), "these locations do not"
                    + " exist: " + String.join(", ", loaded.missingLocations())
                    + " (fail-on-missing-locations is true)");
        }
        return loaded;
    }

    InstanceSettings settings() {
        return this.settings;
    }

    @Override
    public String toString() {
        return "PsmMigrateInstance[" + this.name + "]";
    }
}
