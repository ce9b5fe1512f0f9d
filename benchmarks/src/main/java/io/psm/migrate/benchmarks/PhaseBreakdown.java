package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.plan.MigrationPlanner;
import io.psm.migrate.script.LoadedScripts;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.ScriptLoader;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the time of a call goes, measured without a profiler: each tool's call is run with a
 * {@link JdbcTimer} around its data source, so its JDBC time splits into connections, the
 * corpus's statements, commits and the tool's own statements, and the rest is Java. For
 * psm-migrate, the Java phases are also timed one by one through core's public API: loading and
 * parsing the files, building the graph, planning, splitting statements.
 */
final class PhaseBreakdown {

    private static final int RUNS = 5;
    private static final int WARMUPS = 1;

    private final Settings settings;

    PhaseBreakdown(Settings settings) {
        this.settings = settings;
    }

    String run(TestDatabase.Kind kind, List<Workspace> workspaces) throws Exception {
        StringBuilder out = new StringBuilder("## Where the time goes: " + Report.name(kind) + "\n\n")
                .append("Each cell is the mean over ").append(RUNS).append(" runs (after ").append(WARMUPS)
                .append(" warm-up) of one tool's call with every JDBC call timed by a proxy; load average ")
                .append(Machine.loadAverage()).append(". \"outside JDBC\" is the call's time minus its JDBC time.\n");
        List<Migrator> tools = List.of(new RawJdbcMigrator(), new PsmMigrator(), new FlywayMigrator(), new LiquibaseMigrator());
        for (Workspace workspace : workspaces) {
            Map<String, Map<String, long[]>> byTool = new LinkedHashMap<>();
            Map<String, Long> elapsed = new LinkedHashMap<>();
            for (Migrator tool : tools) {
                JdbcTimer timer = new JdbcTimer(allStatements(workspace));
                elapsed.put(tool.name(), applyRuns(kind, tool, workspace, timer));
                byTool.put(tool.name(), new LinkedHashMap<>(timer.totals()));
            }
            out.append("\n### Applying ").append(workspace.corpus().name()).append(" to a fresh database\n\n");
            summary(out, byTool, elapsed);
            details(out, "psm-migrate", byTool.get("psm-migrate"));
        }
        out.append("\n### psm-migrate's apply call by phase (clock and listener only, no JDBC proxy; median ms of ")
                .append(11).append(" runs)\n\n").append(PsmCallPhases.header());
        for (Workspace workspace : workspaces) {
            out.append(PsmCallPhases.row(kind, workspace));
        }
        Workspace largest = workspaces.get(workspaces.size() - 1);
        Map<String, Map<String, long[]>> check = new LinkedHashMap<>();
        Map<String, Long> checkElapsed = new LinkedHashMap<>();
        for (Migrator tool : List.of(new PsmMigrator(), new FlywayMigrator(), new LiquibaseMigrator())) {
            JdbcTimer timer = new JdbcTimer(allStatements(largest));
            checkElapsed.put(tool.name(), upToDateRuns(kind, tool, largest, timer));
            check.put(tool.name(), new LinkedHashMap<>(timer.totals()));
        }
        out.append("\n### Up-to-date check, ").append(largest.corpus().name()).append("\n\n");
        summary(out, check, checkElapsed);
        details(out, "psm-migrate", check.get("psm-migrate"));
        details(out, "Flyway", check.get("Flyway"));
        psmCheckSplit(out, kind, largest);
        out.append("\n### psm-migrate's Java phases, without a database (median of ").append(settings.checkRounds())
                .append(" runs, ms)\n\n")
                .append("| corpus | read + parse + checksum files | build graph | plan base → head | split every statement | whole `load()` |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Workspace workspace : workspaces) {
            javaPhases(out, workspace);
        }
        return out.toString();
    }

    private long applyRuns(TestDatabase.Kind kind, Migrator tool, Workspace workspace, JdbcTimer timer) throws Exception {
        long total = 0;
        for (int run = 0; run < WARMUPS + RUNS; run++) {
            try (TestDatabase database = TestDatabases.create(kind)) {
                total += timedRun(tool, workspace, timer, database, run >= WARMUPS);
            }
        }
        return total / RUNS;
    }

    private long upToDateRuns(TestDatabase.Kind kind, Migrator tool, Workspace workspace, JdbcTimer timer) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            tool.migrate(database.dataSource(), workspace);
            long total = 0;
            for (int run = 0; run < WARMUPS + RUNS; run++) {
                total += timedRun(tool, workspace, timer, database, run >= WARMUPS);
            }
            return total / RUNS;
        }
    }

    /** psm-migrate's up-to-date call in its two halves: {@code configure()…load()}, then {@code upgrade("head")}. */
    private void psmCheckSplit(StringBuilder out, TestDatabase.Kind kind, Workspace workspace) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            new PsmMigrator().migrate(database.dataSource(), workspace);
            Samples load = new Samples();
            Samples upgrade = new Samples();
            for (int run = 0; run < 10 + settings.checkRounds(); run++) {
                System.gc();
                long start = System.nanoTime();
                PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource())
                        .locations(workspace.psmLocation()).load();
                long loaded = System.nanoTime();
                int steps = migrate.upgrade("head").size();
                long end = System.nanoTime();
                if (steps != 0) {
                    throw new IllegalStateException("psm-migrate applied " + steps + " steps on an up-to-date database");
                }
                if (run >= 10) {
                    load.add(loaded - start);
                    upgrade.add(end - loaded);
                }
            }
            out.append(String.format(Locale.ROOT, "%npsm-migrate's up-to-date call in halves (median of %d, no JDBC"
                    + " proxy): `configure()…load()` %.2f ms, `upgrade(\"head\")` %.2f ms.%n", load.count(),
                    load.medianMillis(), upgrade.medianMillis()));
        }
    }

    /** One call with the timer on; its timings are kept only when {@code counted}. */
    private static long timedRun(Migrator tool, Workspace workspace, JdbcTimer timer, TestDatabase database,
                                 boolean counted) throws Exception {
        Map<String, long[]> before = copy(timer.totals());
        System.gc();
        long start = System.nanoTime();
        tool.migrate(timer.wrap(database.dataSource()), workspace);
        long elapsed = System.nanoTime() - start;
        if (!counted) {
            timer.reset();
            timer.totals().putAll(before);
            return 0;
        }
        return elapsed;
    }

    private static void summary(StringBuilder out, Map<String, Map<String, long[]>> byTool, Map<String, Long> elapsed) {
        out.append("| tool | whole call ms | open connections | migration SQL | commits | tool SQL (statements) | other JDBC | outside JDBC |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var entry : byTool.entrySet()) {
            Map<String, long[]> totals = entry.getValue();
            double whole = elapsed.get(entry.getKey()) / 1e6;
            double connect = millis(totals, JdbcTimer.CONNECT) + millis(totals, "close connection");
            double migration = millis(totals, JdbcTimer.MIGRATION_SQL);
            double commits = millis(totals, JdbcTimer.COMMIT) + millis(totals, "rollback") + millis(totals, "setAutoCommit");
            double toolSql = 0;
            long toolCalls = 0;
            for (var category : totals.entrySet()) {
                if (category.getKey().startsWith(JdbcTimer.TOOL_SQL)) {
                    toolSql += category.getValue()[1] / 1e6 / RUNS;
                    toolCalls += category.getValue()[0];
                }
            }
            double other = millis(totals, JdbcTimer.OTHER);
            double outside = whole - connect - migration - commits - toolSql - other;
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f (%d) | %.1f | %.1f |%n",
                    entry.getKey(), whole, connect, migration, commits, toolSql, toolCalls / RUNS, other, outside));
        }
    }

    private static void details(StringBuilder out, String tool, Map<String, long[]> totals) {
        out.append("\n").append(tool).append(", JDBC calls per run:\n\n| calls | ms | what |\n| ---: | ---: | --- |\n");
        totals.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(entry -> out.append(String.format(Locale.ROOT, "| %d | %.2f | %s |%n",
                        entry.getValue()[0] / RUNS, entry.getValue()[1] / 1e6 / RUNS, entry.getKey())));
    }

    private void javaPhases(StringBuilder out, Workspace workspace) {
        List<String> locations = List.of(workspace.psmLocation());
        Timed<LoadedScripts> load = time(() -> new ScriptLoader().load(locations));
        List<MigrationScript> scripts = load.result().scripts();
        Timed<RevisionGraph> build = time(() -> RevisionGraph.of(scripts.stream().map(MigrationScript::revision).toList()));
        Timed<?> plan = time(() -> new MigrationPlanner(build.result()).upgrade(List.of(), "head"));
        Timed<?> split = time(() -> scripts.stream()
                .mapToInt(script -> ((ScriptBody.SqlBody) script.upgrade()).statements().size()).sum());
        Timed<?> whole = time(() -> PsmMigrate.configure().locations(workspace.psmLocation()).load());
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", workspace.corpus().name(),
                load.millis(), build.millis(), plan.millis(), split.millis(), whole.millis()));
    }

    /** A result and the median time it took to compute. */
    private record Timed<T>(T result, double millis) {
    }

    private <T> Timed<T> time(Supplier<T> work) {
        T result = null;
        for (int i = 0; i < 10; i++) {
            result = work.get();
        }
        Samples samples = new Samples();
        for (int i = 0; i < settings.checkRounds(); i++) {
            System.gc();
            long start = System.nanoTime();
            result = work.get();
            samples.add(System.nanoTime() - start);
        }
        return new Timed<>(result, samples.medianMillis());
    }

    private static double millis(Map<String, long[]> totals, String category) {
        long[] total = totals.get(category);
        return total == null ? 0 : total[1] / 1e6 / RUNS;
    }

    private static Map<String, long[]> copy(Map<String, long[]> totals) {
        Map<String, long[]> copy = new LinkedHashMap<>();
        totals.forEach((key, value) -> copy.put(key, value.clone()));
        return copy;
    }

    private static List<String> allStatements(Workspace workspace) {
        List<String> all = new ArrayList<>();
        workspace.statements().forEach(all::addAll);
        return all;
    }
}
