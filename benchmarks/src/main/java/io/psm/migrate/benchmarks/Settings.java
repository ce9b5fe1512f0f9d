package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to run, from the command line.
 *
 * @param rounds      measured rounds of the apply benchmark (each tool once per corpus per round)
 * @param checkRounds measured rounds of the up-to-date check
 * @param warmups     rounds run first and thrown away, so the JIT has compiled every tool
 * @param databases   which databases
 * @param synthetic   the sizes of the synthetic corpora
 * @param sections    {@code apply}, {@code check}, {@code graph}, {@code phases}
 * @param tools       which tools the apply and check benchmarks run (raw JDBC and the floor always run)
 * @param output      the Markdown file written at the end
 */
record Settings(int rounds, int checkRounds, int warmups, Set<TestDatabase.Kind> databases, List<Integer> synthetic,
                Set<String> sections, Set<String> tools, Path output) {

    static final String USAGE = """
            java -jar benchmarks/target/benchmarks.jar [options]
              --rounds N        measured rounds of the apply benchmark (default 15)
              --check-rounds N  measured rounds of the up-to-date check (default 31)
              --warmup N        warm-up rounds, not measured (default 3)
              --databases LIST  h2,postgresql,sqlite (default all; PostgreSQL from PSM_TEST_DATABASE_URL)
              --synthetic LIST  sizes of the synthetic corpora (default 100,500)
              --sections LIST   apply,check,graph,phases (default all)
              --tools LIST      psm,flyway,liquibase (default all; raw JDBC always runs)
              --out FILE        Markdown results (default benchmarks/target/results.md)""";

    static Settings parse(String... args) {
        int rounds = 15;
        int checkRounds = 31;
        int warmups = 3;
        Set<TestDatabase.Kind> databases = EnumSet.allOf(TestDatabase.Kind.class);
        List<Integer> synthetic = List.of(100, 500);
        Set<String> sections = Set.of("apply", "check", "graph", "phases");
        Set<String> tools = Set.of("psm", "flyway", "liquibase");
        Path output = Path.of("benchmarks", "target", "results.md");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(require(args[i], value));
                case "--check-rounds" -> checkRounds = Integer.parseInt(require(args[i], value));
                case "--warmup" -> warmups = Integer.parseInt(require(args[i], value));
                case "--databases" -> databases = kinds(require(args[i], value));
                case "--synthetic" -> synthetic = Arrays.stream(require(args[i], value).split(","))
                        .map(String::trim).map(Integer::valueOf).toList();
                case "--sections" -> sections = Set.of(require(args[i], value).split(","));
                case "--tools" -> tools = Set.of(require(args[i], value).toLowerCase(Locale.ROOT).split(","));
                case "--out" -> output = Path.of(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new Settings(rounds, checkRounds, warmups, databases, synthetic, sections, tools, output);
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    boolean uses(String tool) {
        return tools.contains(tool);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }

    private static Set<TestDatabase.Kind> kinds(String list) {
        List<TestDatabase.Kind> kinds = new ArrayList<>();
        for (String name : list.split(",")) {
            String upper = name.trim().toUpperCase(Locale.ROOT);
            kinds.add(upper.startsWith("POSTGRES") ? TestDatabase.Kind.POSTGRESQL : TestDatabase.Kind.valueOf(upper));
        }
        return EnumSet.copyOf(kinds);
    }
}
