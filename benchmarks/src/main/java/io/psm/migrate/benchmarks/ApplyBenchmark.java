package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies each corpus to a fresh database (PostgreSQL: a new database; H2: a new in-memory one)
 * with each tool. Rounds interleave everything: every round runs every corpus with every tool,
 * the tools' order rotating from round to round. The timed call is the tool's whole
 * {@link Migrator#migrate}; creating and dropping the database, a garbage collection before the
 * call and the verification after it are outside the timing.
 */
final class ApplyBenchmark {

    /** The timings of one tool on one corpus, and the connections its last call opened. */
    record Result(Workspace workspace, Migrator migrator, Samples samples, int connections) {
    }

    private final List<Migrator> migrators;
    private final Settings settings;
    private final Progress progress;

    ApplyBenchmark(List<Migrator> migrators, Settings settings, Progress progress) {
        this.migrators = List.copyOf(migrators);
        this.settings = settings;
        this.progress = progress;
    }

    List<Result> run(TestDatabase.Kind kind, List<Workspace> workspaces) throws Exception {
        Map<Workspace, SchemaFingerprint> expected = new LinkedHashMap<>();
        for (Workspace workspace : workspaces) {
            expected.put(workspace, reference(kind, workspace));
        }
        Map<String, Samples> samples = new LinkedHashMap<>();
        Map<String, Integer> connections = new LinkedHashMap<>();
        int total = settings.warmups() + settings.rounds();
        for (int round = 0; round < total; round++) {
            progress.round(kind + " apply", round, settings.warmups(), total);
            for (Workspace workspace : workspaces) {
                for (int i = 0; i < migrators.size(); i++) {
                    Migrator migrator = migrators.get((i + round) % migrators.size());
                    CountingDataSource[] used = new CountingDataSource[1];
                    long elapsed = once(kind, migrator, workspace, expected.get(workspace), used);
                    if (round >= settings.warmups()) {
                        String key = key(workspace, migrator);
                        samples.computeIfAbsent(key, k -> new Samples()).add(elapsed);
                        connections.put(key, used[0].opened());
                    }
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (Workspace workspace : workspaces) {
            for (Migrator migrator : migrators) {
                String key = key(workspace, migrator);
                results.add(new Result(workspace, migrator, samples.get(key), connections.get(key)));
            }
        }
        return results;
    }

    /** The schema raw JDBC leaves, which every tool must leave too. */
    private static SchemaFingerprint reference(TestDatabase.Kind kind, Workspace workspace) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            new RawJdbcMigrator().migrate(database.dataSource(), workspace);
            try (var connection = database.dataSource().getConnection()) {
                SchemaFingerprint fingerprint = SchemaFingerprint.read(connection, java.util.Set.of());
                if (fingerprint.tables() == 0) {
                    throw new IllegalStateException("raw JDBC created no table for " + workspace.corpus().name());
                }
                return fingerprint;
            }
        }
    }

    private static long once(TestDatabase.Kind kind, Migrator migrator, Workspace workspace,
                             SchemaFingerprint expected, CountingDataSource[] used) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            CountingDataSource dataSource = new CountingDataSource(database.dataSource());
            used[0] = dataSource;
            System.gc();
            long start = System.nanoTime();
            int applied = migrator.migrate(dataSource, workspace);
            long elapsed = System.nanoTime() - start;
            if (applied != -1 && applied != workspace.corpus().size()) {
                throw new IllegalStateException(migrator.name() + " applied " + applied + " migrations of "
                        + workspace.corpus().name() + ", expected " + workspace.corpus().size());
            }
            Verification.check(migrator, workspace, database.dataSource(), expected);
            return elapsed;
        }
    }

    private static String key(Workspace workspace, Migrator migrator) {
        return workspace.corpus().name() + "|" + migrator.name();
    }
}
