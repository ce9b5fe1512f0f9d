package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up check on a database that is already at the newest migration: the complete call
 * an application makes at every start (configure, load every script, read the database, find
 * nothing to do). Each tool gets its own database, brought up to date once beforehand; the timed
 * calls then interleave tools and corpora, and the database is verified again at the end.
 */
final class UpToDateBenchmark {

    /** The timings of one tool's start-up call on one corpus, and the connections one call opens. */
    record Result(Workspace workspace, Migrator migrator, Samples samples, int connections) {
    }

    /** One tool's up-to-date database for one corpus. */
    private record Prepared(Workspace workspace, Migrator migrator, TestDatabase database, Samples samples,
                            int[] connections) {
    }

    private final List<Migrator> migrators;
    private final Settings settings;
    private final Progress progress;

    UpToDateBenchmark(List<Migrator> migrators, Settings settings, Progress progress) {
        this.migrators = List.copyOf(migrators);
        this.settings = settings;
        this.progress = progress;
    }

    List<Result> run(TestDatabase.Kind kind, List<Workspace> workspaces) throws Exception {
        Map<Workspace, List<Prepared>> prepared = new LinkedHashMap<>();
        try {
            for (Workspace workspace : workspaces) {
                List<Prepared> each = new ArrayList<>();
                prepared.put(workspace, each);
                for (Migrator migrator : migrators) {
                    Prepared one = new Prepared(workspace, migrator, TestDatabases.create(kind), new Samples(), new int[1]);
                    each.add(one);
                    migrator.migrate(one.database().dataSource(), workspace);
                    checkRecorded(one, "after bringing it up to date");
                }
            }
            measure(kind, prepared);
            List<Result> results = new ArrayList<>();
            for (List<Prepared> each : prepared.values()) {
                for (Prepared one : each) {
                    results.add(new Result(one.workspace(), one.migrator(), one.samples(), one.connections()[0]));
                }
            }
            return results;
        } finally {
            prepared.values().stream().flatMap(List::stream).forEach(one -> one.database().close());
        }
    }

    private void measure(TestDatabase.Kind kind, Map<Workspace, List<Prepared>> prepared) throws Exception {
        int total = settings.warmups() + settings.checkRounds();
        for (int round = 0; round < total; round++) {
            progress.round(kind + " up-to-date check", round, settings.warmups(), total);
            for (List<Prepared> each : prepared.values()) {
                for (int i = 0; i < each.size(); i++) {
                    Prepared one = each.get((i + round) % each.size());
                    long elapsed = once(one);
                    if (round >= settings.warmups()) {
                        one.samples().add(elapsed);
                    }
                }
            }
        }
        for (List<Prepared> each : prepared.values()) {
            for (Prepared one : each) {
                checkRecorded(one, "after the up-to-date checks");
            }
        }
    }

    private static void checkRecorded(Prepared one, String when) throws java.sql.SQLException {
        try (var connection = one.database().dataSource().getConnection()) {
            int size = one.workspace().corpus().size();
            int recorded = one.migrator().recorded(connection).orElse(size);
            if (recorded != size) {
                throw new IllegalStateException(one.migrator().name() + " on " + one.workspace().corpus().name()
                        + " records " + recorded + " migrations " + when + ", expected " + size);
            }
        }
    }

    private static long once(Prepared one) throws Exception {
        CountingDataSource dataSource = new CountingDataSource(one.database().dataSource());
        System.gc();
        long start = System.nanoTime();
        int applied = one.migrator().migrate(dataSource, one.workspace());
        long elapsed = System.nanoTime() - start;
        if (applied > 0) {
            throw new IllegalStateException(one.migrator().name() + " applied " + applied
                    + " migrations on an up-to-date database");
        }
        one.connections()[0] = dataSource.opened();
        return elapsed;
    }
}
