package io.psm.migrate.boot.health;

import io.psm.migrate.MigrationStatus;
import io.psm.migrate.RevisionStatus;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.Interruption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of one migrated database: UP at its target, OUT_OF_SERVICE with revisions pending (an
 * instance that must not take traffic before the migration job has run), DOWN when a revision's
 * last attempt failed or never ended (naming it) or when the state cannot be read (with the
 * database's own message). The details name the database (password masked), the current and
 * pending revisions.
 *
 * <p>The state is read within {@code probe-timeout} (2 s by default), so the indicator answers
 * promptly when the database is gone rather than after the connection pool's own time-out.
 */
public final class MigrationsHealthIndicator implements HealthIndicator {

    private final PsmMigrateInstance instance;

    /**
     * An indicator of one instance.
     *
     * @param instance the instance
     */
    public MigrationsHealthIndicator(PsmMigrateInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    @Override
    public Health health() {
        Health.Builder builder = new Health.Builder()
                .withDetail("database", this.instance.description())
                .withDetail("target", this.instance.target());
        MigrationStatus status;
        try {
            status = this.instance.probeStatus();
        } catch (RuntimeException failure) {
            return builder.down().withDetail("error", DatabaseUrl.redact(String.valueOf(failure.getMessage()))).build();
        }
        builder.withDetail("current", status.current()).withDetail("heads", status.heads());
        if (!status.upToDate()) {
            builder.withDetail("pending", status.pending());
        }
        List<RevisionStatus> unfinished = status.unfinished();
        if (!unfinished.isEmpty()) {
            return builder.down().withDetail("failed", unfinished.stream().map(MigrationsHealthIndicator::describe)
                    .toList()).build();
        }
        return (status.upToDate() ? builder.up() : builder.outOfService()).build();
    }

    /** A failed or unfinished revision: its id, state, when, the failing line and the database's message. */
    private static Map<String, Object> describe(RevisionStatus revision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision.revision());
        details.put("state", revision.state().word());
        revision.attempt().map(HistoryEntry::appliedAt).ifPresent(at -> details.put("at", at.toString()));
        revision.attempt().flatMap(HistoryEntry::interruption).ifPresent(stop -> {
            stop.atLine().ifPresent(line -> details.put("line", line));
            stop.error().ifPresent(error -> details.put("error", error));
            if (!stop.ranLines().isEmpty()) {
                details.put("statementsLeftApplied", stop.ranLines());
            }
        });
        return details;
    }
}
