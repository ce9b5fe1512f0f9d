package io.psm.migrate;

import io.psm.migrate.adopt.FlywayImportResult;
import io.psm.migrate.adopt.SquashMode;
import io.psm.migrate.adopt.SquashResult;
import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.execute.AppliedStep;
import io.psm.migrate.execute.DatabaseState;
import io.psm.migrate.execute.ExecutionSettings;
import io.psm.migrate.execute.MigrationExecutor;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.execute.OfflineRenderer;
import io.psm.migrate.execute.RepairReport;
import io.psm.migrate.execute.TransactionMode;
import io.psm.migrate.execute.VersionState;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.graph.Target;
import io.psm.migrate.graph.UnknownRevisionException;
import io.psm.migrate.lint.LintReport;
import io.psm.migrate.lint.LintScope;
import io.psm.migrate.lint.Linter;
import io.psm.migrate.plan.MigrationPlanner;
import io.psm.migrate.plan.StampMode;
import io.psm.migrate.script.FileTemplate;
import io.psm.migrate.script.LoadedScripts;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptLoader;
import io.psm.migrate.script.ScriptWriter;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.UnfinishedSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The entry point: a configured set of migration scripts and the database they migrate.
 *
 * <pre>{@code
 * PsmMigrate migrate = PsmMigrate.configure()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/migrations")
 *         .load();
 * migrate.upgrade("head");
 * }</pre>
 *
 * <p>{@link Builder#load()} reads and validates every script and the revision graph before it
 * returns, so a malformed file or a broken graph fails there, before anything touches the
 * database. Methods that read or change the database open one connection each and close it.
 * Instances are immutable and safe to share between threads; concurrent upgrades of one database,
 * from this or other processes, serialize on the database lock.
 */
public final class PsmMigrate {

    private static final Logger LOG = LoggerFactory.getLogger(PsmMigrate.class);

    private final Settings settings;
    private final LoadedScripts loaded;
    private final Map<String, MigrationScript> scriptsById;
    private final RevisionGraph graph;
    private final MigrationPlanner planner;

    /** An instance with other settings over the scripts {@code loadedFrom} read. */
    private PsmMigrate(Settings settings, PsmMigrate loadedFrom) {
        this.settings = settings;
        this.loaded = loadedFrom.loaded;
        this.scriptsById = loadedFrom.scriptsById;
        this.graph = loadedFrom.graph;
        this.planner = loadedFrom.planner;
    }

    private PsmMigrate(Settings settings) {
        this.settings = settings;
        this.loaded = new ScriptLoader(settings.classLoader()).load(settings.locations(), settings.javaMigrations());
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        loaded.scripts().forEach(script -> byId.put(script.id(), script));
        this.scriptsById = Collections.unmodifiableMap(byId);
        this.graph = RevisionGraph.of(loaded.scripts().stream().map(MigrationScript::revision).toList());
        this.planner = new MigrationPlanner(graph);
    }

    /** Starts a configuration with the defaults of DESIGN.md. */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * Applies revisions up to {@code target}: {@code head}, {@code heads}, an id or unique prefix,
     * {@code <label>@head}, {@code +2}, ... The database's state is read first without the lock, so
     * an up-to-date database costs one short read; otherwise the lock is taken, the state read
     * again, checksums validated and the plan run, each revision in its own transaction.
     *
     * @return the steps that ran, in order; empty when there was nothing to do
     * @throws MigrateException naming the revision, file and line of a failure; nothing after it runs
     */
    public List<AppliedStep> upgrade(String target) {
        return executor().migrateUnlessUpToDate(scriptsById.values(), seen -> {
            if (seen.heads().isEmpty() && graph.size() > 0) {
                return false;
            }
            adoption().requireNotSquashed(seen.heads());
            validateChecksums(seen);
            if (planner.upgrade(seen.heads(), target).isEmpty()) {
                LOG.info("Database is up to date at {}", describeHeads(seen.heads()));
                return true;
            }
            return false;
        }, state -> {
            adoption().requireNotSquashed(state.heads());
            validateChecksums(state);
            return planner.upgrade(state.heads(), target);
        });
    }

    /**
     * Reverts revisions down to {@code target}: {@code -1}, {@code base}, an id, {@code <label>@-1}, ...
     *
     * @return the steps that ran, in order
     * @throws MigrateException when a revision on the way has no downgrade section (nothing runs),
     *         or a step fails (naming revision, file and line)
     */
    public List<AppliedStep> downgrade(String target) {
        return executor().migrate(scriptsById.values(), state -> {
            adoption().requireNotSquashed(state.heads());
            validateChecksums(state);
            return planner.downgrade(state.heads(), target);
        });
    }

    /**
     * The SQL an upgrade would run, version-table statements included, without touching the
     * database.
     *
     * @param range {@code target} (from base) or {@code from:target}
     * @return the script, statements terminated with {@code ;}
     */
    public String upgradeSql(String range) {
        return offlineRenderer().render(planner.offlineUpgrade(range), scriptsById.values());
    }

    /**
     * The SQL a downgrade would run, without touching the database.
     *
     * @param range {@code from:target}, as Alembic requires for an offline downgrade
     * @return the script
     */
    public String downgradeSql(String range) {
        return offlineRenderer().render(planner.offlineDowngrade(range), scriptsById.values());
    }

    /**
     * Sets the version table to {@code revisions} without running anything, under the lock.
     *
     * @param revisions the revisions to stamp ({@code head}, {@code heads}, {@code base}, ids, ...)
     * @param mode      keep and move the current rows, or purge them first
     * @return the version table's rows afterwards
     */
    public List<String> stamp(List<String> revisions, StampMode mode) {
        return executor().stamp(state -> {
            if (mode == StampMode.KEEP) {
                adoption().requireNotSquashed(state.heads());
            }
            return planner.stamp(state.heads(), revisions, mode).versionChanges();
        });
    }

    /**
     * The SQL a stamp would run, without touching the database.
     *
     * @param from      the version table's rows to start from (empty: a new database)
     * @param revisions the revisions to stamp
     * @param mode      keep or purge
     * @return the version-table statements
     */
    public String stampSql(List<String> from, List<String> revisions, StampMode mode) {
        List<String> start = from.stream().flatMap(rev -> graph.resolve(Target.parse(rev)).stream()).toList();
        return offlineRenderer().renderStamp(planner.stamp(start, revisions, mode));
    }

    /**
     * Accepts the scripts of applied revisions as they are now, and clears failed attempts: for
     * each applied revision whose file changed since it was applied, records the new checksum (a
     * {@code stamp} history row), so that checksum validation passes again; for each revision whose
     * last attempt failed or never ended, writes a {@code stamp} row that clears it, so that it
     * runs again from its start. Nothing runs; the database's schema is not compared. Use it after
     * a harmless edit (a comment, formatting, a downgrade section added later), or once what a
     * failed revision left applied is undone by hand or made safe to repeat.
     *
     * @return the checksums recorded (oldest id first) and the attempts cleared
     */
    public RepairReport repair() {
        return executor().repair(state -> ChecksumValidator.changed(graph, scriptsById, state));
    }

    /**
     * The attempts that failed or never ended (a killed run of a revision whose statements commit
     * as they run) and were not cleared since: the latest history row of each such revision,
     * oldest first. Read without the lock.
     */
    public List<HistoryEntry> unfinished() {
        return UnfinishedSteps.of(executor().readState().history());
    }

    /**
     * The same scripts and settings against another data source (the same database through a
     * connection of its own, for a probe), without reading the scripts again.
     *
     * @param dataSource the database
     * @return a new instance sharing this one's scripts and graph
     */
    public PsmMigrate withDataSource(DataSource dataSource) {
        Builder builder = toBuilder().dataSource(dataSource);
        return new PsmMigrate(builder.settings(), this);
    }

    /** The database's current revisions, in id order; empty for an empty database. */
    public List<RevisionNode> current() {
        List<String> current = executor().readState().heads();
        graph.requireKnownCurrent(current);
        return nodes(current);
    }

    /** The heads of the revision graph, in id order. */
    public List<RevisionNode> heads() {
        return nodes(graph.heads());
    }

    /** The branch points of the revision graph, in id order. */
    public List<RevisionNode> branches() {
        return nodes(graph.branchPoints());
    }

    /** Every revision, newest first, as {@code history} prints them. */
    public List<RevisionNode> history() {
        return graph.history();
    }

    /**
     * The revisions of a range, newest first: {@code base:head}, {@code A:}, {@code :B},
     * {@code -3:}, {@code current:heads}. The database is read only when a bound is {@code current}.
     */
    public List<RevisionNode> history(String range) {
        List<String> current = range.contains(CURRENT) ? executor().readState().heads() : List.of();
        return graph.history(range, current);
    }

    /**
     * One revision's script.
     *
     * @param revision an id, unique prefix, label or other single-revision target
     * @throws MigrateException when it names no revision or several
     */
    public MigrationScript show(String revision) {
        List<String> ids = graph.resolve(Target.parse(revision));
        if (ids.size() != 1) {
            throw UnknownRevisionException.of(revision, ids.isEmpty() ? "it names no revision" : "it names "
                    + ids.size() + " revisions: " + String.join(", ", ids));
        }
        return scriptsById.get(ids.get(0));
    }

    /**
     * The database's state against the graph, read without the lock.
     *
     * @param target what counts as up to date: {@code head}, {@code heads} (every branch), ...
     * @return current revisions, heads, pending revisions and each revision's state
     */
    public MigrationStatus status(String target) {
        DatabaseState state = executor().readState();
        adoption().requireNotSquashed(state.heads());
        return StatusReport.of(graph, planner, state, target);
    }

    /**
     * Compares a model (usually the application's entities, read with
     * {@link io.psm.migrate.autogenerate.hibernate.HibernateSchemaReader}) with the database, as
     * Alembic's {@code revision --autogenerate} does: in the configured schema, leaving alone the
     * version, history and lock tables and the {@link Builder#autogenerateExclusions(List)
     * exclusions}. The database must be at the graph's heads first, so that the changes found are
     * not those of pending revisions.
     *
     * @param model the schema the database should have, spelled for the same kind of database
     * @return the detected changes, the upgrade and downgrade SQL and the warnings; empty when the
     *         database matches the model
     * @throws DatabaseNotUpToDateException when the database is not at the heads (nothing is compared)
     * @throws MigrateException when the model was built for another database, or the database cannot be read
     */
    public AutogenerateResult compare(SchemaModel model) {
        List<String> current = executor().readState().heads();
        graph.requireKnownCurrent(current); // a revision the scripts do not know is an error of its own, naming it
        if (!Set.copyOf(current).equals(Set.copyOf(graph.heads()))) {
            throw new DatabaseNotUpToDateException(current, graph.heads());
        }
        return new ModelComparison(settings.dataSource(), settings.execution(), settings.autogenerateExclusions())
                .compare(model);
    }

    /**
     * Lints the upgrade sections of revisions for statements that would block a live database, with
     * the rules of the database the dialect setting, the URL or the data source names (see
     * {@link io.psm.migrate.lint.Linter}). Every revision is read, oldest first, for what it does;
     * findings are reported for those of the scope. A configured database is read only for its
     * version, and for the applied revisions of {@link LintScope#pending()}.
     *
     * @param scope every revision, a range or target, or the pending revisions
     * @return the findings, suppressed ones apart
     * @throws MigrateException when nothing names the database, or the range names no revision
     */
    public LintReport lint(LintScope scope) {
        List<MigrationScript> oldestFirst = new java.util.ArrayList<>(scripts());
        Collections.reverse(oldestFirst);
        List<String> reported;
        if (scope instanceof LintScope.Range range) {
            reported = range.range().contains(":") ? history(range.range()).stream().map(RevisionNode::id).toList()
                    : graph.resolve(Target.parse(range.range()));
        } else if (scope instanceof LintScope.Pending) {
            reported = status("heads").pending();
        } else {
            reported = oldestFirst.stream().map(MigrationScript::id).toList();
        }
        LintTarget target = LintTarget.of(settings);
        LintReport report = new Linter(target.settings()).lint(oldestFirst, reported);
        return target.warnings().isEmpty() ? report : report.withWarnings(target.warnings());
    }

    /**
     * Writes a new revision script on top of the head(s) the spec names.
     *
     * @return the path of the new file
     */
    public Path revision(RevisionSpec spec) {
        return author().revision(spec);
    }

    /**
     * Writes a merge revision of {@code revisions} ({@code heads} for every head).
     *
     * @return the path of the new file
     */
    public Path merge(String message, List<String> revisions, Path directory) {
        return author().merge(message, revisions, directory);
    }

    /**
     * Writes one revision per Flyway {@code V} file of a folder into {@code directory}, chained in
     * Flyway's version order with ids {@code v<version>}; with a Flyway history table, first checks
     * the database Flyway migrated against the files (checksums, failed and missing migrations) and
     * afterwards stamps it at the revision of the newest version Flyway applied.
     *
     * @param flywayDirectory the Flyway migration folder
     * @param directory       the migration folder to write into
     * @param flywayTable     Flyway's history table ({@code flyway_schema_history}, or
     *                        {@code schema.table}) to take the database over, or empty for files only
     * @return what was written and stamped, and what was not imported
     * @throws MigrateException when the history disagrees with the files or revisions exist that
     *         differ; nothing is written or stamped then
     */
    public FlywayImportResult importFlyway(Path flywayDirectory, Path directory, Optional<String> flywayTable) {
        return adoption().importFlyway(flywayDirectory, directory, flywayTable);
    }

    /**
     * Replaces a linear run of revisions {@code A:B} by one revision with B's id that lists the others
     * under {@code Replaces:}, in B's folder; the old files are removed.
     *
     * @param range   {@code A:B}, oldest first
     * @param message the new revision's message
     * @param mode    the range's statements, or the schema they build read back from a scratch schema
     *                of this database
     * @return the file written, the files removed, and what to check by hand
     * @throws MigrateException when the range is not linear or not all SQL; nothing changes then
     */
    public SquashResult squash(String range, String message, SquashMode mode) {
        return adoption().squash(this, range, message, mode);
    }

    /**
     * Creates an empty migration directory.
     *
     * @return the directory
     */
    public Path init(Path directory) {
        return scriptWriter().init(directory);
    }

    /** Every loaded script, in graph order (newest first). */
    public List<MigrationScript> scripts() {
        return graph.history().stream().map(node -> scriptsById.get(node.id())).toList();
    }

    /** The revision graph. */
    public RevisionGraph graph() {
        return graph;
    }

    /** The configured locations that do not exist (a classpath location may legitimately be absent). */
    public List<String> missingLocations() {
        return loaded.missingLocations();
    }

    /** The locations scripts are read from. */
    public List<String> locations() {
        return settings.locations();
    }

    /**
     * A builder with this configuration, to derive a variant (another schema, another listener).
     *
     * @return a new builder; this instance is unchanged
     */
    public Builder toBuilder() {
        return new Builder(settings);
    }

    private static final String CURRENT = "current";

    private MigrationExecutor executor() {
        return new MigrationExecutor(settings.dataSource(), settings.execution(), settings.listener());
    }

    private OfflineRenderer offlineRenderer() {
        return new OfflineRenderer(settings.offlineDialect(), settings.execution());
    }

    private Adoption adoption() {
        return new Adoption(settings, scriptsById, () -> toBuilder().load(), () -> executor().readState().heads());
    }

    private ScriptAuthor author() {
        return new ScriptAuthor(graph, scriptWriter());
    }

    private ScriptWriter scriptWriter() {
        return new ScriptWriter(settings.clock(), settings.fileTemplate());
    }

    private void validateChecksums(VersionState state) {
        if (settings.validateChecksums()) {
            ChecksumValidator.validate(graph, scriptsById, state);
        }
    }

    private List<RevisionNode> nodes(List<String> ids) {
        return ids.stream().map(id -> {
            if (!graph.contains(id)) {
                adoption().requireNotSquashed(List.of(id));
                throw UnknownRevisionException.of(id, "");
            }
            return graph.revision(id);
        }).toList();
    }

    private static String describeHeads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    /**
     * Configures and loads a {@link PsmMigrate}. Defaults: locations {@code classpath:db/migrations},
     * tables {@code psm_version} and {@code psm_history}, checksums validated, a 60 s lock timeout.
     * Not thread-safe; use one per configuration.
     */
    public static final class Builder {

        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String dialect;
        private List<String> locations = List.of(ScriptLoader.DEFAULT_LOCATION);
        private List<JavaMigration> javaMigrations = List.of();
        private ClassLoader classLoader;
        private ExecutionSettings execution = ExecutionSettings.defaults();
        private boolean validateChecksums = true;
        private MigrationListener listener = MigrationListener.NONE;
        private Clock clock = Clock.systemDefaultZone();
        private List<String> autogenerateExclusions = List.of();
        private FileTemplate fileTemplate = FileTemplate.defaults();

        private Builder() {
        }

        private Builder(Settings settings) {
            this.dataSource = settings.configuredDataSource();
            this.url = settings.url();
            this.user = settings.user();
            this.password = settings.password();
            this.dialect = settings.dialect();
            this.locations = settings.locations();
            this.javaMigrations = settings.javaMigrations();
            this.classLoader = settings.classLoader();
            this.execution = settings.execution();
            this.validateChecksums = settings.validateChecksums();
            this.listener = settings.listener();
            this.clock = settings.clock();
            this.autogenerateExclusions = settings.autogenerateExclusions();
            this.fileTemplate = settings.fileTemplate();
        }

        /** The database to migrate; the caller owns it (psm-migrate borrows and returns connections). */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The database to migrate, as a {@code DATABASE_URL} ({@code postgresql://u:p@host/db},
         * {@code h2:mem:app}) or {@code jdbc:} URL; ignored when a {@link #dataSource} is set.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** The user for {@link #url(String)}, overriding one in the URL. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password for {@link #url(String)}, overriding one in the URL. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The database kind offline SQL ({@code --sql}) is written for ({@code postgresql},
         * {@code h2}); by default taken from the URL, or else from the database's metadata.
         */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        /** Where scripts are: {@code classpath:db/migrations} (default), {@code filesystem:/path}, or a path. */
        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        /** Where scripts are. */
        public Builder locations(List<String> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        /** Java migrations given as objects (a Spring application passes its beans). */
        public Builder javaMigrations(List<? extends JavaMigration> migrations) {
            this.javaMigrations = List.copyOf(migrations);
            return this;
        }

        /** The class loader that finds classpath locations and Java migrations (default: the thread's). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The schema of the version and history tables and of the migrations' connection (created if missing). */
        public Builder schema(String schema) {
            this.execution = execution.withSchema(schema);
            return this;
        }

        /** The version table's name, {@code psm_version} by default ({@code alembic_version} takes over Alembic). */
        public Builder versionTable(String versionTable) {
            this.execution = execution.withVersionTable(versionTable);
            return this;
        }

        /** The history table's name, {@code psm_history} by default. */
        public Builder historyTable(String historyTable) {
            this.execution = execution.withHistoryTable(historyTable);
            return this;
        }

        /** Whether an applied revision whose file changed is an error (default true). */
        public Builder validateChecksums(boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
            return this;
        }

        /** How long to wait for another process's migration lock (default 60 s). */
        public Builder lockTimeout(Duration lockTimeout) {
            this.execution = execution.withLockTimeout(lockTimeout);
            return this;
        }

        /**
         * Whether each revision runs in a transaction of its own (default) or the whole run in one,
         * undone whole by a failure ({@link TransactionMode#ALL}, PostgreSQL and SQLite only).
         */
        public Builder transactionMode(TransactionMode transactionMode) {
            this.execution = execution.withTransactionMode(Objects.requireNonNull(transactionMode, "transactionMode"));
            return this;
        }

        /** Hears about each step (progress output, metrics), replacing any listener set before. */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Adds a listener after those already set, so each hears every step. */
        public Builder addListener(MigrationListener listener) {
            this.listener = this.listener == MigrationListener.NONE ? Objects.requireNonNull(listener, "listener")
                    : this.listener.andThen(listener);
            return this;
        }

        /** The clock of new scripts' {@code Create Date}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Tables (and sequences) that {@link PsmMigrate#compare(SchemaModel)} leaves alone besides the
         * engine's own: exact names or patterns with {@code *} ({@code batch_*}), matched without
         * regard to case. None by default.
         */
        public Builder autogenerateExclusions(List<String> tables) {
            this.autogenerateExclusions = List.copyOf(tables);
            return this;
        }

        /**
         * How new scripts are named, in the syntax of Alembic's {@code file_template}:
         * {@code %(rev)s_%(slug)s} by default; {@code %(year)d%(month).2d%(day).2d_%(rev)s_%(slug)s}
         * puts the date first so files sort in the order they were written.
         *
         * @throws io.psm.migrate.script.ScriptException when the template is not valid, saying why
         */
        public Builder fileTemplate(String template) {
            this.fileTemplate = new FileTemplate(template);
            return this;
        }

        /**
         * Loads and validates every script and the revision graph; nothing touches the database.
         *
         * @return the configured instance
         * @throws MigrateException naming every malformed file, or the revisions of a broken graph
         */
        public PsmMigrate load() {
            return new PsmMigrate(settings());
        }

        private Settings settings() {
            ClassLoader loader = classLoader != null ? classLoader : defaultClassLoader();
            return new Settings(dataSource, url, user, password, dialect, locations, javaMigrations,
                    loader, execution, validateChecksums, listener, clock, autogenerateExclusions, fileTemplate);
        }

        private static ClassLoader defaultClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : PsmMigrate.class.getClassLoader();
        }
    }
}
