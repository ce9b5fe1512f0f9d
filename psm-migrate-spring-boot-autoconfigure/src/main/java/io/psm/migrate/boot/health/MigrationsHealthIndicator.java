package io.psm.migrate.boot.health;

import io.psm.migrate.MigrationStatus;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;

import java.util.Objects;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of one migrated database: UP at its target, OUT_OF_SERVICE with revisions pending (an
 * instance that must not take traffic before the migration job has run), DOWN when its state
 * cannot be read. The details name the database (password masked), the current and pending
 * revisions.
 */
public final class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final PsmMigrateInstance instance;

    /**
     * An indicator of one instance.
     *
     * @param instance the instance
     */
    public MigrationsHealthIndicator(PsmMigrateInstance instance) {
        super("Migration state of psm-migrate instance '" + instance.name() + "' could not be read");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("database", this.instance.description()).withDetail("target", this.instance.target());
        MigrationStatus status = this.instance.migrate().status(this.instance.target());
        builder.withDetail("current", status.current()).withDetail("heads", status.heads());
        if (status.upToDate()) {
            builder.up();
        } else {
            builder.outOfService().withDetail("pending", status.pending());
        }
    }
}
