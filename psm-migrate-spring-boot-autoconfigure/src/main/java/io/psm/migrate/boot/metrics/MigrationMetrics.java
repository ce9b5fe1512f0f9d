package io.psm.migrate.boot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psm.migrate.boot.autoconfigure.MigrationListenerProvider;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.plan.MigrationStep;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Micrometer meters of psm-migrate: a timer {@value #STEP_TIMER} per revision run (tags
 * {@code instance}, {@code revision}, {@code direction}) and a gauge {@value #PENDING_GAUGE} of the
 * revisions each instance has pending (tag {@code instance}; NaN when the database cannot be read).
 */
public final class MigrationMetrics implements MeterBinder, MigrationListenerProvider {

    /** The timer of each revision's upgrade or downgrade. */
    public static final String STEP_TIMER = "psm.migrate.revision";

    /** The gauge of pending revisions. */
    public static final String PENDING_GAUGE = "psm.migrate.pending";

    private final Supplier<MeterRegistry> registry;
    private final Supplier<PsmMigrateInstances> instances;

    /**
     * Meters recorded in a registry that may not exist yet when the start-up migration runs.
     *
     * @param registry  the registry, looked up when a step completes
     * @param instances the instances, looked up when the gauges are bound
     */
    public MigrationMetrics(Supplier<MeterRegistry> registry, Supplier<PsmMigrateInstances> instances) {
        this.registry = registry;
        this.instances = instances;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        for (PsmMigrateInstance instance : this.instances.get()) {
            Gauge.builder(PENDING_GAUGE, instance, MigrationMetrics::pendingRevisions)
                    .description("Revisions the database has not applied yet")
                    .tag("instance", instance.name())
                    .strongReference(true)
                    .register(meterRegistry);
        }
    }

    @Override
    public MigrationListener listener(String instance) {
        return new MigrationListener() {

            @Override
            public void afterStep(MigrationStep step, Duration duration) {
                Timer.builder(STEP_TIMER)
                        .description("Time taken by a revision's upgrade or downgrade")
                        .tag("instance", instance)
                        .tag("revision", step.revision().id())
                        .tag("direction", step.direction().word())
                        .register(MigrationMetrics.this.registry.get())
                        .record(duration);
            }
        };
    }

    private static double pendingRevisions(PsmMigrateInstance instance) {
        try {
            return instance.migrate().status(instance.target()).pending().size();
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }
}
