package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results as Markdown: one table per database for applying corpora, one for the up-to-date
 * check, the graph figures, and whether each target of the issue is met.
 */
final class Report {

    static final String RAW = "raw JDBC";
    static final String PSM = "psm-migrate";
    static final String FLYWAY = "Flyway";
    static final String LIQUIBASE = "Liquibase";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder targets = new StringBuilder();

    Report(String header) {
        text.append(header);
    }

    void apply(TestDatabase.Kind kind, String loadBefore, String loadAfter, List<ApplyBenchmark.Result> results) {
        text.append("\n## Applying each corpus to a fresh database: ").append(name(kind)).append("\n\n")
                .append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(". Samples per cell: ").append(results.get(0).samples().count()).append(".\n\n")
                .append("| corpus | migrations | tool | median ms | p90 ms | min ms | × raw JDBC | connections |\n")
                .append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (ApplyBenchmark.Result result : results) {
            double raw = median(results, result.workspace(), RAW);
            Samples samples = result.samples();
            text.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.2f | %d |%n",
                    result.workspace().corpus().name(), result.workspace().corpus().size(), result.migrator().name(),
                    samples.medianMillis(), samples.p90Millis(), samples.minMillis(), samples.medianMillis() / raw,
                    result.connections()));
        }
        applyTargets(kind, results);
    }

    void upToDate(TestDatabase.Kind kind, String loadBefore, String loadAfter, List<UpToDateBenchmark.Result> results) {
        text.append("\n## Up-to-date start-up check: ").append(name(kind)).append("\n\n")
                .append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(". Samples per cell: ").append(results.get(0).samples().count()).append(".\n\n")
                .append("| corpus | tool | median ms | p90 ms | min ms | × Flyway | connections |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (UpToDateBenchmark.Result result : results) {
            double flyway = checkMedian(results, result.workspace(), FLYWAY);
            Samples samples = result.samples();
            text.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %d |%n",
                    result.workspace().corpus().name(), result.migrator().name(), samples.medianMillis(),
                    samples.p90Millis(), samples.minMillis(), samples.medianMillis() / flyway, result.connections()));
        }
        for (UpToDateBenchmark.Result result : results) {
            if (result.migrator().name().equals(PSM) && result.workspace().corpus().name().equals("synthetic 500")) {
                double ratio = result.samples().medianMillis() / checkMedian(results, result.workspace(), FLYWAY);
                if (Double.isNaN(ratio)) {
                    continue;
                }
                target(String.format(Locale.ROOT, "%s, up-to-date check at 500 revisions ≤ 0.25 × Flyway's: %.2f ×",
                        name(kind), ratio), ratio <= 0.25);
            }
        }
    }

    void section(String markdown) {
        text.append('\n').append(markdown);
    }

    String markdown() {
        String summary = targets.length() == 0 ? "" : "\n## Targets\n\n" + targets;
        return text + summary;
    }

    private void applyTargets(TestDatabase.Kind kind, List<ApplyBenchmark.Result> results) {
        for (ApplyBenchmark.Result result : results) {
            if (!result.migrator().name().equals(PSM)) {
                continue;
            }
            String corpus = result.workspace().corpus().name();
            double psm = result.samples().medianMillis();
            double raw = median(results, result.workspace(), RAW);
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                target(String.format(Locale.ROOT, "%s, %s: psm-migrate ≤ 1.3 × raw JDBC: %.2f ×", name(kind), corpus,
                        psm / raw), psm / raw <= 1.3);
            }
            if (kind == TestDatabase.Kind.SQLITE) {
                target(String.format(Locale.ROOT, "%s, %s: psm-migrate ≤ 1.2 × raw JDBC: %.2f ×", name(kind), corpus,
                        psm / raw), psm / raw <= 1.2);
            }
            double flyway = median(results, result.workspace(), FLYWAY);
            double liquibase = median(results, result.workspace(), LIQUIBASE);
            if (Double.isNaN(flyway) || Double.isNaN(liquibase)) {
                continue;
            }
            target(String.format(Locale.ROOT, "%s, %s: psm-migrate ahead of Flyway (%.2f ×) and Liquibase (%.2f ×)",
                    name(kind), corpus, psm / flyway, psm / liquibase), psm < flyway && psm < liquibase);
        }
    }

    private void target(String description, boolean met) {
        targets.append("- ").append(met ? "met" : "**missed**").append(": ").append(description).append('\n');
    }

    private static double median(List<ApplyBenchmark.Result> results, Workspace workspace, String tool) {
        return find(results.stream().filter(r -> r.workspace() == workspace && r.migrator().name().equals(tool))
                .map(ApplyBenchmark.Result::samples).findFirst());
    }

    private static double checkMedian(List<UpToDateBenchmark.Result> results, Workspace workspace, String tool) {
        return find(results.stream().filter(r -> r.workspace() == workspace && r.migrator().name().equals(tool))
                .map(UpToDateBenchmark.Result::samples).findFirst());
    }

    private static double find(Optional<Samples> samples) {
        return samples.map(Samples::medianMillis).orElse(Double.NaN);
    }

    static String name(TestDatabase.Kind kind) {
        return switch (kind) {
            case H2 -> "H2 (in memory)";
            case POSTGRESQL -> "PostgreSQL";
            case SQLITE -> "SQLite (file)";
        };
    }
}
