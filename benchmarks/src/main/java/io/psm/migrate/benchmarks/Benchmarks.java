package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs the benchmarks of this module and writes the results as Markdown; see the module's README
 * for what is measured and how. Options: {@link Settings#USAGE}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.install();
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Progress progress = new Progress(System.err);
        Path root = Files.createTempDirectory("psm-benchmarks");
        Report report = new Report(header(settings));
        for (TestDatabase.Kind kind : settings.databases()) {
            List<Workspace> workspaces = workspaces(kind, settings, root);
            progress.note(Report.name(kind) + ": " + workspaces.size() + " corpora written under " + root);
            if (settings.runs("apply")) {
                String before = Machine.loadAverage();
                List<ApplyBenchmark.Result> results = new ApplyBenchmark(tools(settings, new RawJdbcMigrator()),
                        settings, progress).run(kind, workspaces);
                report.apply(kind, before, Machine.loadAverage(), results);
            }
            if (settings.runs("check")) {
                String before = Machine.loadAverage();
                List<UpToDateBenchmark.Result> results = new UpToDateBenchmark(tools(settings, new ConnectFloor()),
                        settings, progress).run(kind, workspaces);
                report.upToDate(kind, before, Machine.loadAverage(), results);
            }
            if (settings.runs("phases")) {
                progress.note(Report.name(kind) + ": timing psm-migrate's phases");
                report.section(new PhaseBreakdown(settings).run(kind, workspaces));
            }
        }
        if (settings.runs("graph")) {
            progress.note("revision graph of 10,000 revisions");
            report.section(new GraphBenchmark(settings).run());
        }
        String markdown = report.markdown();
        System.out.println(markdown);
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), markdown, StandardCharsets.UTF_8);
        progress.note("written to " + settings.output().toAbsolutePath());
    }

    /** The floor, then the tools the settings select. */
    private static List<Migrator> tools(Settings settings, Migrator floor) {
        List<Migrator> tools = new ArrayList<>(List.of(floor));
        if (settings.uses("psm")) {
            tools.add(new PsmMigrator());
        }
        if (settings.uses("flyway")) {
            tools.add(new FlywayMigrator());
        }
        if (settings.uses("liquibase")) {
            tools.add(new LiquibaseMigrator());
        }
        return tools;
    }

    private static List<Workspace> workspaces(TestDatabase.Kind kind, Settings settings, Path root) {
        Path base = root.resolve(kind.name().toLowerCase(java.util.Locale.ROOT));
        List<Workspace> workspaces = new ArrayList<>();
        if (kind != TestDatabase.Kind.SQLITE) { // hawkbit has no SQLite history
            workspaces.add(Workspace.of(Corpus.hawkbit(kind, base.resolve("hawkbit/psm")), base.resolve("hawkbit")));
        }
        for (int size : settings.synthetic()) {
            Path folder = base.resolve("synthetic-" + size);
            workspaces.add(Workspace.of(Corpus.synthetic(kind, size, folder.resolve("psm")), folder));
        }
        return workspaces;
    }

    private static String header(Settings settings) throws Exception {
        return "# psm-migrate benchmarks\n\n"
                + "Measured " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME) + " on "
                + Machine.describe() + "; load average at the start " + Machine.loadAverage() + ".\n\n"
                + "Versions: Flyway " + flywayVersion()
                + ", Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion()
                + ", H2 " + org.h2.engine.Constants.FULL_VERSION
                + ", PostgreSQL driver " + org.postgresql.util.DriverInfo.DRIVER_VERSION
                + ", SQLite (sqlite-jdbc) " + sqliteVersion()
                + (settings.databases().contains(TestDatabase.Kind.POSTGRESQL) ? ", PostgreSQL server " + serverVersion() : "")
                + ".\n\n"
                + "Apply: " + settings.rounds() + " measured rounds after " + settings.warmups()
                + " warm-up rounds; up-to-date check: " + settings.checkRounds() + " measured rounds after "
                + settings.warmups() + " warm-up rounds. Each round runs every corpus with every tool, the tools'"
                + " order rotating. Times are wall-clock milliseconds of the tool's whole call (configure, load"
                + " scripts, check, apply); database creation, a GC before each call and the verification after"
                + " it are outside the timing. \"connections\" is how many connections one call opened (no pool).\n";
    }

    private static String sqliteVersion() throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static String serverVersion() throws Exception {
        try (TestDatabase database = TestDatabases.postgres();
             Connection connection = database.dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static String flywayVersion() {
        String resource = "/META-INF/maven/org.flywaydb/flyway-core/pom.properties";
        try (InputStream in = Benchmarks.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "(unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown)");
        } catch (IOException e) {
            return "(unknown)";
        }
    }
}
