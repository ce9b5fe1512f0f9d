package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.time.Duration;
import java.util.Locale;

/**
 * psm-migrate's apply call cut into phases by the clock alone (no JDBC proxy): {@code load()};
 * {@code upgrade} up to the first step (state read, connection, lock, tables, plan, statement
 * splitting); the steps themselves (from the listener's {@code beforeStep} to {@code afterStep});
 * the gaps between steps; and the end (summary, unlock, close).
 */
final class PsmCallPhases {

    private static final int WARMUPS = 5;
    private static final int RUNS = 11;

    /** The phases of one call, in nanoseconds. */
    private static final class Clock implements MigrationListener {
        long firstStep;
        long lastAfter;
        long stepStart;
        long inSteps;
        long between;

        @Override
        public void beforeStep(MigrationStep step) {
            long now = System.nanoTime();
            if (firstStep == 0) {
                firstStep = now;
            } else {
                between += now - lastAfter;
            }
            stepStart = now;
        }

        @Override
        public void afterStep(MigrationStep step, Duration duration) {
            long now = System.nanoTime();
            inSteps += now - stepStart;
            lastAfter = now;
        }
    }

    static String header() {
        return "| corpus | whole call | `load()` | `upgrade` until the first step | inside steps (per step) | between steps | after the last step |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    }

    static String row(TestDatabase.Kind kind, Workspace workspace) {
        Samples whole = new Samples();
        Samples load = new Samples();
        Samples before = new Samples();
        Samples steps = new Samples();
        Samples between = new Samples();
        Samples after = new Samples();
        for (int run = 0; run < WARMUPS + RUNS; run++) {
            try (TestDatabase database = TestDatabases.create(kind)) {
                Clock clock = new Clock();
                System.gc();
                long start = System.nanoTime();
                PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource())
                        .locations(workspace.psmLocation()).listener(clock).load();
                long loaded = System.nanoTime();
                migrate.upgrade("head");
                long end = System.nanoTime();
                if (run >= WARMUPS) {
                    whole.add(end - start);
                    load.add(loaded - start);
                    before.add(clock.firstStep - loaded);
                    steps.add(clock.inSteps);
                    between.add(clock.between);
                    after.add(end - clock.lastAfter);
                }
            }
        }
        int size = workspace.corpus().size();
        return String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.1f (%.3f) | %.2f | %.2f |%n",
                workspace.corpus().name(), whole.medianMillis(), load.medianMillis(), before.medianMillis(),
                steps.medianMillis(), steps.medianMillis() / size, between.medianMillis(), after.medianMillis());
    }
}
