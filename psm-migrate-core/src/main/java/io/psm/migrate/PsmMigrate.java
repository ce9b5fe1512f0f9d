package io.psm.migrate;

import io.psm.migrate.execute.AppliedStep;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.StampMode;
import io.psm.migrate.script.MigrationScript;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    private PsmMigrate(Builder builder) {
        throw new UnsupportedOperationException("PsmMigrate is wired during integration");
    }

    /** Starts a configuration with the defaults of DESIGN.md. */
    public static Builder configure() {
        return new Builder();
    }

    /** Applies revisions up to {@code target} ({@code head}, {@code heads}, an id, {@code +2}, ...). */
    public List<AppliedStep> upgrade(String target) {
        throw new UnsupportedOperationException();
    }

    /** Reverts revisions down to {@code target} ({@code -1}, {@code base}, an id, ...). */
    public List<AppliedStep> downgrade(String target) {
        throw new UnsupportedOperationException();
    }

    /**
     * The SQL an upgrade would run, version-table statements included, without touching the
     * database: {@code target} or {@code from:target}.
     */
    public String upgradeSql(String range) {
        throw new UnsupportedOperationException();
    }

    /** The SQL a downgrade would run ({@code from:target}), without touching the database. */
    public String downgradeSql(String range) {
        throw new UnsupportedOperationException();
    }

    /** Sets the version table to {@code revisions} without running anything; returns the new heads. */
    public List<String> stamp(List<String> revisions, StampMode mode) {
        throw new UnsupportedOperationException();
    }

    /** The database's current revisions; empty for an empty database. */
    public List<RevisionNode> current() {
        throw new UnsupportedOperationException();
    }

    /** The heads of the revision graph. */
    public List<RevisionNode> heads() {
        throw new UnsupportedOperationException();
    }

    /** The branch points of the revision graph. */
    public List<RevisionNode> branches() {
        throw new UnsupportedOperationException();
    }

    /** Every revision, newest first, as {@code history} prints them. */
    public List<RevisionNode> history() {
        throw new UnsupportedOperationException();
    }

    /** The revisions of a range {@code A:B} ({@code base:head}, {@code -3:}, {@code current:}, ...). */
    public List<RevisionNode> history(String range) {
        throw new UnsupportedOperationException();
    }

    /** One revision's script. */
    public MigrationScript show(String revision) {
        throw new UnsupportedOperationException();
    }

    /** The database's state against the graph, for {@code target} ({@code heads} for every branch). */
    public MigrationStatus status(String target) {
        throw new UnsupportedOperationException();
    }

    /** Writes a new revision script; returns its path. */
    public Path revision(RevisionSpec spec) {
        throw new UnsupportedOperationException();
    }

    /** Writes a merge revision of {@code revisions} ({@code heads} for all); returns its path. */
    public Path merge(String message, List<String> revisions, Path directory) {
        throw new UnsupportedOperationException();
    }

    /** Every loaded script, in graph order. */
    public List<MigrationScript> scripts() {
        throw new UnsupportedOperationException();
    }

    /** Configures and loads a {@link PsmMigrate}. Not thread-safe; use one per configuration. */
    public static final class Builder {

        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private final List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));
        private final List<JavaMigration> javaMigrations = new ArrayList<>();
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private String schema;
        private String versionTable = "psm_version";
        private String historyTable = "psm_history";
        private boolean validateChecksums = true;
        private Duration lockTimeout = Duration.ofSeconds(60);
        private MigrationListener listener = new MigrationListener() { };
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /** The database to migrate; the caller owns it. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The database to migrate, as a {@code DATABASE_URL} ({@code postgresql://u:p@host/db}) or {@code jdbc:} URL. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
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

        /** Where scripts are: {@code classpath:db/migrations} (default), {@code filesystem:/path}, or a path. */
        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        /** Where scripts are. */
        public Builder locations(List<String> locations) {
            this.locations.clear();
            this.locations.addAll(locations);
            return this;
        }

        /** Java migrations given as objects (a Spring application passes its beans). */
        public Builder javaMigrations(List<? extends JavaMigration> migrations) {
            this.javaMigrations.addAll(migrations);
            return this;
        }

        /** The class loader that finds classpath locations and Java migrations. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The schema of the version and history tables and of the migrations' connection. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** The version table's name, {@code psm_version} by default ({@code alembic_version} takes over Alembic). */
        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        /** The history table's name, {@code psm_history} by default. */
        public Builder historyTable(String historyTable) {
            this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
            return this;
        }

        /** Whether an applied revision whose file changed is an error (default true). */
        public Builder validateChecksums(boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
            return this;
        }

        /** How long to wait for another process's migration lock (default 60 s). */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
            return this;
        }

        /** Hears about each step (progress output, metrics). */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The clock of new scripts' {@code Create Date}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Loads and validates the scripts and their graph. */
        public PsmMigrate load() {
            return new PsmMigrate(this);
        }
    }
}
