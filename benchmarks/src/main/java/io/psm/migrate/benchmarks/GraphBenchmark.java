package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.graph.Target;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.MigrationPlanner;
import io.psm.migrate.testing.HawkbitCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The revision graph at 10,000 revisions, without a database: building and validating a
 * {@link RevisionGraph}, resolving targets, and planning a full upgrade, for a chain and for a
 * branchy graph (blocks of a branch point, three branches of eight revisions and a merge, with
 * {@code Depends On} edges between branches and a labelled root). Ids are 12 random hex digits,
 * as {@code revision} writes them. Also: loading 10,000 script files with {@code PsmMigrate.load()}.
 */
final class GraphBenchmark {

    private static final int SIZE = 10_000;
    private static final int BRANCHES = 3;
    private static final int BRANCH_LENGTH = 8;
    private static final int PREFIXES = 1_000;

    private final Settings settings;
    private final StringBuilder table = new StringBuilder();

    GraphBenchmark(Settings settings) {
        this.settings = settings;
    }

    String run() throws Exception {
        String before = Machine.loadAverage();
        table.append("| graph | operation | median ms | p90 ms | min ms |\n| --- | --- | ---: | ---: | ---: |\n");
        measureGraph("chain", chain(ids()), List.of("head", "base+5000", "head-9000"));
        measureGraph("branchy", branchy(ids()), List.of("head", "heads", "head-10", "main@head"));
        measureLoad();
        return "## Revision graph: " + String.format(Locale.ROOT, "%,d", SIZE) + " revisions\n\n"
                + "Load average before: " + before + "; after: " + Machine.loadAverage() + ". "
                + (settings.checkRounds()) + " measured repetitions after " + 10 * settings.warmups()
                + " warm-up ones.\n\n" + table;
    }

    private void measureGraph(String name, List<RevisionNode> nodes, List<String> targets) {
        RevisionGraph graph = time(name, "build and validate RevisionGraph.of", () -> RevisionGraph.of(nodes));
        for (String target : targets) {
            time(name, "resolve " + target, () -> single(graph.resolve(Target.parse(target)), target));
        }
        List<String> prefixes = uniquePrefixes(graph);
        time(name, "resolve " + String.format(Locale.ROOT, "%,d", prefixes.size()) + " 8-character prefixes", () -> {
            for (String prefix : prefixes) {
                single(graph.resolve(Target.parse(prefix)), prefix);
            }
            return prefixes.size();
        });
        MigrationPlanner planner = new MigrationPlanner(graph);
        time(name, "plan full upgrade base → head", () -> expect(planner.upgrade(List.of(), "head"), graph.size()));
        List<String> heads = graph.heads();
        time(name, "plan upgrade at head (nothing to do)", () -> expect(planner.upgrade(heads, "head"), 0));
        time(name, "history (newest first)", graph::history);
    }

    private void measureLoad() throws Exception {
        Path folder = Files.createTempDirectory("psm-graph");
        HawkbitCorpus.synthetic(folder, SIZE);
        String location = "filesystem:" + folder;
        time("chain", "PsmMigrate.load() of " + String.format(Locale.ROOT, "%,d", SIZE) + " script files",
                () -> PsmMigrate.configure().locations(location).load());
    }

    private <T> T time(String graph, String operation, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < 10 * settings.warmups(); i++) {
            result = work.get();
        }
        Samples samples = new Samples();
        for (int i = 0; i < settings.checkRounds(); i++) {
            System.gc();
            long start = System.nanoTime();
            result = work.get();
            samples.add(System.nanoTime() - start);
        }
        table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n", graph, operation,
                samples.medianMillis(), samples.p90Millis(), samples.minMillis()));
        return result;
    }

    private static String single(List<String> resolved, String target) {
        if (resolved.size() != 1) {
            throw new IllegalStateException(target + " resolved to " + resolved);
        }
        return resolved.get(0);
    }

    private static MigrationPlan expect(MigrationPlan plan, int steps) {
        if (plan.steps().size() != steps) {
            throw new IllegalStateException("planned " + plan.steps().size() + " steps, expected " + steps);
        }
        return plan;
    }

    /** Every 10th revision's first 8 characters, where no other id starts with them. */
    private static List<String> uniquePrefixes(RevisionGraph graph) {
        List<String> ids = graph.revisions().stream().map(RevisionNode::id).toList();
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id.substring(0, 8))) {
                repeated.add(id.substring(0, 8));
            }
        }
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < ids.size() && prefixes.size() < PREFIXES; i += ids.size() / PREFIXES) {
            String prefix = ids.get(i).substring(0, 8);
            if (!repeated.contains(prefix)) {
                prefixes.add(prefix);
            }
        }
        return prefixes;
    }

    private static List<String> ids() {
        Random random = new Random(20_261_124);
        Set<String> ids = new java.util.LinkedHashSet<>();
        byte[] bytes = new byte[6];
        while (ids.size() < SIZE) {
            random.nextBytes(bytes);
            ids.add(HexFormat.of().formatHex(bytes));
        }
        return List.copyOf(ids);
    }

    private static List<RevisionNode> chain(List<String> ids) {
        List<RevisionNode> nodes = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            nodes.add(i == 0 ? RevisionNode.of(ids.get(0)) : RevisionNode.of(ids.get(i), ids.get(i - 1)));
        }
        return nodes;
    }

    /**
     * Blocks of: a trunk revision (the branch point), three branches of eight revisions, and a merge
     * revision with three parents; every branch's fourth revision depends on the same place of the
     * previous block's first branch. A linear tail fills up to {@link #SIZE}.
     */
    private static List<RevisionNode> branchy(List<String> ids) {
        List<RevisionNode> nodes = new ArrayList<>(SIZE);
        int next = 0;
        String previous = null;
        String dependency = null;
        int block = 1 + BRANCHES * BRANCH_LENGTH + 1;
        while (next + block <= SIZE - 20) {
            String point = ids.get(next++);
            nodes.add(previous == null
                    ? new RevisionNode(point, List.of(), List.of(), List.of("main"), "root", point)
                    : RevisionNode.of(point, previous));
            List<String> branchHeads = new ArrayList<>();
            String nextDependency = null;
            for (int b = 0; b < BRANCHES; b++) {
                String parent = point;
                for (int step = 0; step < BRANCH_LENGTH; step++) {
                    String id = ids.get(next++);
                    List<String> dependsOn = step == 3 && dependency != null ? List.of(dependency) : List.of();
                    nodes.add(new RevisionNode(id, List.of(parent), dependsOn, List.of(), "", id));
                    if (b == 0 && step == 3) {
                        nextDependency = id;
                    }
                    parent = id;
                }
                branchHeads.add(parent);
            }
            dependency = nextDependency;
            String merge = ids.get(next++);
            nodes.add(new RevisionNode(merge, branchHeads, List.of(), List.of(), "merge", merge));
            previous = merge;
        }
        while (next < SIZE) {
            String id = ids.get(next++);
            nodes.add(RevisionNode.of(id, previous));
            previous = id;
        }
        return nodes;
    }
}
