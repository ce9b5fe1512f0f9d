package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar sample-app.jar db current} against the standalone command line's {@code current}
 * on the same database, as a person types them: each a new JVM, run from a directory that is not
 * the project (so both read the scripts as packaged), one after the other, after a warm-up run of
 * each. Reports the median, p90 and minimum wall-clock time of each and the ratio of the medians.
 *
 * <pre>
 * ./mvnw -q -B -pl sample-app,psm-migrate-cli,benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.psm.migrate.benchmarks.CommandStartup [--runs 15] [--database h2|postgresql]
 * </pre>
 *
 * Options: {@code --runs N} (15), {@code --database h2|postgresql} (h2: a file database; postgresql:
 * a new database on the {@code PSM_TEST_DATABASE_URL} server), {@code --app JAR}
 * ({@code sample-app/target/sample-app.jar}), {@code --cli JAR} ({@code psm-migrate-cli/target/psm-migrate.jar}),
 * {@code --scripts DIR} (the sample's {@code src/main/resources/db/migrations}), {@code --java-option OPT}
 * (added to both JVMs, repeatable), {@code --app-java-option OPT} (to the application's only: a
 * class-data-sharing archive of its own, say).
 */
public final class CommandStartup {

    private CommandStartup() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = options(args);
        int runs = Integer.parseInt(first(options, "--runs", "15"));
        Path app = Path.of(first(options, "--app", "sample-app/target/sample-app.jar")).toAbsolutePath();
        Path cli = Path.of(first(options, "--cli", "psm-migrate-cli/target/psm-migrate.jar")).toAbsolutePath();
        Path scripts = Path.of(first(options, "--scripts", "sample-app/src/main/resources/db/migrations")).toAbsolutePath();
        List<String> javaOptions = options.getOrDefault("--java-option", List.of());
        List<String> appOptions = new ArrayList<>(javaOptions);
        appOptions.addAll(options.getOrDefault("--app-java-option", List.of()));
        boolean postgresql = first(options, "--database", "h2").equals("postgresql");
        Path work = Files.createTempDirectory("psm-command-startup");
        Optional<TestDatabase> server = postgresql ? Optional.of(TestDatabases.postgres()) : Optional.empty();
        String databaseUrl = server.map(TestDatabase::databaseUrl).orElse("h2:file:" + work.resolve("data/sample"));
        try {
            List<String> appCommand = command(appOptions, app, "db", "current");
            List<String> cliCommand = command(javaOptions, cli, "--url", databaseUrl, "-d", scripts.toString(), "current");
            succeeded(run(work, databaseUrl, command(appOptions, app, "db", "upgrade")), "db upgrade");
            String expected = require(run(work, databaseUrl, appCommand), "db current").out();
            require(run(work, databaseUrl, cliCommand), "the command line's current");
            String loadBefore = Machine.loadAverage();
            Samples appTimes = new Samples();
            Samples cliTimes = new Samples();
            for (int i = 0; i < runs; i++) {
                boolean appFirst = i % 2 == 0;
                Result first = sameOutput(run(work, databaseUrl, appFirst ? appCommand : cliCommand), expected);
                Result second = sameOutput(run(work, databaseUrl, appFirst ? cliCommand : appCommand), expected);
                Result appRun = appFirst ? first : second;
                Result cliRun = appFirst ? second : first;
                appTimes.add(appRun.nanos());
                cliTimes.add(cliRun.nanos());
                System.err.printf("round %d/%d: app %d ms, cli %d ms (load %s)%n", i + 1, runs,
                        appRun.nanos() / 1_000_000, cliRun.nanos() / 1_000_000, Machine.loadAverage());
            }
            System.out.println(report(runs, postgresql ? "PostgreSQL" : "H2 (file)", appOptions, javaOptions, loadBefore,
                    Machine.loadAverage(), appTimes, cliTimes, expected.strip()));
        } finally {
            server.ifPresent(TestDatabase::close);
        }
    }

    private static String report(int runs, String database, List<String> appOptions, List<String> cliOptions,
            String loadBefore, String loadAfter, Samples app, Samples cli, String current) {
        double ratio = app.medianMillis() / cli.medianMillis();
        return "## `db current`: the sample application against the command line\n\n"
                + "Measured on " + Machine.describe() + "; " + database + "; " + runs + " runs of each, alternating,"
                + " after one warm-up run of each; JVM options of the application: " + options(appOptions)
                + ", of the command line: " + options(cliOptions) + "; load average " + loadBefore + " before, " + loadAfter + " after. Both print `"
                + current + "`.\n\n"
                + "| command | median ms | p90 ms | min ms |\n| --- | ---: | ---: | ---: |\n"
                + row("`java -jar sample-app.jar db current`", app)
                + row("`java -jar psm-migrate.jar current`", cli)
                + String.format("%nRatio of the medians: %.2f×.%n", ratio);
    }

    private static String options(List<String> options) {
        return options.isEmpty() ? "none" : "`" + String.join(" ", options) + "`";
    }

    private static String row(String name, Samples times) {
        return String.format("| %s | %.0f | %.0f | %.0f |%n", name, times.medianMillis(), times.p90Millis(),
                times.minMillis());
    }

    private static List<String> command(List<String> javaOptions, Path jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static Result run(Path directory, String databaseUrl, List<String> command)
            throws IOException, InterruptedException {
        Path out = directory.resolve("out.txt");
        Path err = directory.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("DATABASE_URL", databaseUrl);
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        long nanos = System.nanoTime() - start;
        return new Result(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                StandardCharsets.UTF_8), nanos);
    }

    private static Result succeeded(Result result, String what) {
        if (result.status() != 0) {
            throw new IllegalStateException(what + " failed with status " + result.status() + ": " + result.err());
        }
        return result;
    }

    private static Result require(Result result, String what) {
        if (succeeded(result, what).out().isBlank()) {
            throw new IllegalStateException(what + " printed nothing: " + result.err());
        }
        return result;
    }

    private static Result sameOutput(Result result, String expected) {
        if (!require(result, "a run").out().equals(expected)) {
            throw new IllegalStateException("A run printed " + result.out() + " instead of " + expected);
        }
        return result;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.computeIfAbsent(args[i], name -> new ArrayList<>()).add(args[i + 1]);
        }
        return options;
    }

    private static String first(Map<String, List<String>> options, String name, String fallback) {
        return options.getOrDefault(name, List.of(fallback)).get(0);
    }

    /** One process: its exit status, output and wall-clock time. */
    private record Result(int status, String out, String err, long nanos) {
    }
}
