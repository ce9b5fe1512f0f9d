package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.execute.TransactionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.convert.DurationUnit;

/**
 * The settings of one migrated database, shared by {@code psm.migrate.*} and each
 * {@code psm.migrate.instances.<name>.*}. Defaults are the engine's.
 */
public class MigrationProperties {

    /**
     * What to do on start-up: upgrade to the target, validate that nothing is pending, or nothing.
     */
    private MigrationMode mode = MigrationMode.UPGRADE;

    /**
     * Locations of migration scripts, scanned recursively: "classpath:" resources, "filesystem:"
     * directories or plain paths. Can contain the "{vendor}" placeholder, replaced by the
     * database's id ("postgresql", "h2", ...).
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /**
     * Whether to fail on start-up when a location does not exist. A missing "classpath:" location
     * is otherwise taken as a location with no scripts yet.
     */
    private boolean failOnMissingLocations;

    /**
     * Revision to upgrade to on start-up, or to validate against: "head", "heads" for every
     * branch, a revision id, "<label>@head", ...
     */
    private String target = "head";

    /**
     * URL of the database to migrate instead of the application's DataSource, as a JDBC URL or
     * in DATABASE_URL form ("postgresql://user:password@host:5432/db", "h2:mem:name").
     */
    private String url;

    /**
     * Login user of the database to migrate, overriding one in the url. Without a url, the
     * application's DataSource is used with this user.
     */
    private String user;

    /**
     * Login password of the database to migrate, overriding one in the url.
     */
    private String password;

    /**
     * Fully qualified name of the JDBC driver. Detected from the url by default.
     */
    private String driverClassName;

    /**
     * Schema of the version and history tables, and default schema of the migrations'
     * connection. The connection's default schema when not set.
     */
    private String schema;

    /**
     * Name of the table that holds the database's current revisions, one row per head.
     * "alembic_version" takes over a database that Alembic managed.
     */
    private String versionTable = "psm_version";

    /**
     * Name of the table that records every upgrade, downgrade and stamp that ran.
     */
    private String historyTable = "psm_history";

    /**
     * Whether an applied revision whose script has changed since is an error.
     */
    private boolean validateChecksums = true;

    /**
     * Maximum time to wait for another process's migration lock. If a duration suffix is not
     * specified, seconds will be used.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration lockTimeout = Duration.ofSeconds(60);

    /**
     * How revisions are framed in transactions: "per-revision" commits each revision on its own;
     * "all" runs the whole upgrade in one transaction, so that a failure leaves the database as it
     * was (PostgreSQL and SQLite only: refused where DDL commits, or for a plan with a
     * non-transactional revision).
     */
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;

    /**
     * Maximum time the health indicator and the endpoint wait for the database's answer before
     * they report it as down, with its own error where it gave one. If a duration suffix is not
     * specified, seconds will be used.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration probeTimeout = Duration.ofSeconds(2);

    /**
     * Maximum number of retries when the database cannot be reached on start-up.
     */
    private int connectRetries;

    /**
     * Time to wait between attempts to reach the database on start-up. If a duration suffix is
     * not specified, seconds will be used.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration connectRetriesInterval = Duration.ofSeconds(5);

    /**
     * Directory where the "db revision", "db merge" and "db init" commands write scripts.
     * Derived from the first location by default: "classpath:db/migrations" is
     * "src/main/resources/db/migrations".
     */
    private Path scriptDirectory;

    /**
     * How the "db" commands name new scripts, in the syntax of Alembic's file_template: tokens
     * %(rev)s, %(slug)s, %(year)d, %(month).2d, %(day).2d, %(hour).2d, %(minute).2d,
     * %(second).2d and %(epoch)d. "%(year)d%(month).2d%(day).2d_%(rev)s_%(slug)s" puts the date
     * first, so that files sort in the order they were written.
     */
    private String fileTemplate = "%(rev)s_%(slug)s";

    /**
     * The tables autogenerate leaves alone besides the engine's own: none, except for the
     * application's database ({@code psm.migrate.autogenerate.exclude-tables}).
     */
    List<String> autogenerateExclusions() {
        return List.of();
    }

    /** The start-up mode. */
    public MigrationMode getMode() {
        return this.mode;
    }

    /** Sets the start-up mode. */
    public void setMode(MigrationMode mode) {
        this.mode = mode;
    }

    /** The script locations. */
    public List<String> getLocations() {
        return this.locations;
    }

    /** Sets the script locations. */
    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    /** Whether a missing location fails start-up. */
    public boolean isFailOnMissingLocations() {
        return this.failOnMissingLocations;
    }

    /** Sets whether a missing location fails start-up. */
    public void setFailOnMissingLocations(boolean failOnMissingLocations) {
        this.failOnMissingLocations = failOnMissingLocations;
    }

    /** The target revision. */
    public String getTarget() {
        return this.target;
    }

    /** Sets the target revision. */
    public void setTarget(String target) {
        this.target = target;
    }

    /** The URL of a separate migration connection. */
    public String getUrl() {
        return this.url;
    }

    /** Sets the URL of a separate migration connection. */
    public void setUrl(String url) {
        this.url = url;
    }

    /** The login user. */
    public String getUser() {
        return this.user;
    }

    /** Sets the login user. */
    public void setUser(String user) {
        this.user = user;
    }

    /** The login password. */
    public String getPassword() {
        return this.password;
    }

    /** Sets the login password. */
    public void setPassword(String password) {
        this.password = password;
    }

    /** The JDBC driver class name. */
    public String getDriverClassName() {
        return this.driverClassName;
    }

    /** Sets the JDBC driver class name. */
    public void setDriverClassName(String driverClassName) {
        this.driverClassName = driverClassName;
    }

    /** The schema of the version and history tables. */
    public String getSchema() {
        return this.schema;
    }

    /** Sets the schema of the version and history tables. */
    public void setSchema(String schema) {
        this.schema = schema;
    }

    /** The version table name. */
    public String getVersionTable() {
        return this.versionTable;
    }

    /** Sets the version table name. */
    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    /** The history table name. */
    public String getHistoryTable() {
        return this.historyTable;
    }

    /** Sets the history table name. */
    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    /** The checksum validation switch. */
    public boolean isValidateChecksums() {
        return this.validateChecksums;
    }

    /** Sets the checksum validation switch. */
    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    /** The lock timeout. */
    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    /** Sets the lock timeout. */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** The transaction mode. */
    public TransactionMode getTransactionMode() {
        return this.transactionMode;
    }

    /** Sets the transaction mode. */
    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    /** The time the probes wait for the database. */
    public Duration getProbeTimeout() {
        return this.probeTimeout;
    }

    /** Sets the time the probes wait for the database. */
    public void setProbeTimeout(Duration probeTimeout) {
        this.probeTimeout = probeTimeout;
    }

    /** The number of connection retries. */
    public int getConnectRetries() {
        return this.connectRetries;
    }

    /** Sets the number of connection retries. */
    public void setConnectRetries(int connectRetries) {
        this.connectRetries = connectRetries;
    }

    /** The time between connection retries. */
    public Duration getConnectRetriesInterval() {
        return this.connectRetriesInterval;
    }

    /** Sets the time between connection retries. */
    public void setConnectRetriesInterval(Duration connectRetriesInterval) {
        this.connectRetriesInterval = connectRetriesInterval;
    }

    /** The directory for new scripts. */
    public Path getScriptDirectory() {
        return this.scriptDirectory;
    }

    /** Sets the directory for new scripts. */
    public void setScriptDirectory(Path scriptDirectory) {
        this.scriptDirectory = scriptDirectory;
    }

    /** How new scripts are named. */
    public String getFileTemplate() {
        return this.fileTemplate;
    }

    /** Sets how new scripts are named. */
    public void setFileTemplate(String fileTemplate) {
        this.fileTemplate = fileTemplate;
    }
}
