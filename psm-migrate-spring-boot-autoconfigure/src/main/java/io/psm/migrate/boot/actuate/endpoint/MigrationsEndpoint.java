package io.psm.migrate.boot.actuate.endpoint;

import io.psm.migrate.MigrationStatus;
import io.psm.migrate.RevisionStatus;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.Interruption;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code /actuator/migrations}: where each migrated database stands against its scripts, keyed by
 * instance name ({@code default} for the application's DataSource). Read-only; it never shows a
 * password. Each database is read within its {@code probe-timeout}; one that cannot be read is
 * reported with the database's own message under {@code error}, and over HTTP the response says
 * so with its status ({@link MigrationsEndpointWebExtension}).
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final PsmMigrateInstances instances;

    /**
     * An endpoint over these instances.
     *
     * @param instances the migrated databases
     */
    public MigrationsEndpoint(PsmMigrateInstances instances) {
        this.instances = Objects.requireNonNull(instances, "instances");
    }

    /** Every migrated database, by instance name. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, DatabaseDescriptor> databases = new LinkedHashMap<>();
        this.instances.forEach(instance -> databases.put(instance.name(), describe(instance)));
        return new MigrationsDescriptor(databases);
    }

    /**
     * One migrated database ({@code /actuator/migrations/{instance}}).
     *
     * @param instance the instance's name
     * @return its state, or {@code null} (404) when there is no such instance
     */
    @ReadOperation
    public DatabaseDescriptor migrationsOfInstance(@Selector String instance) {
        return this.instances.find(instance).map(MigrationsEndpoint::describe).orElse(null);
    }

    private static DatabaseDescriptor describe(PsmMigrateInstance instance) {
        try {
            return DatabaseDescriptor.of(instance, instance.probeStatus());
        } catch (RuntimeException ex) {
            return DatabaseDescriptor.failed(instance, ex);
        }
    }

    /**
     * The endpoint's response.
     *
     * @param databases each migrated database, by instance name
     */
    public record MigrationsDescriptor(Map<String, DatabaseDescriptor> databases) implements OperationResponseBody {

        /** Copies the databases, keeping their order. */
        public MigrationsDescriptor {
            databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
        }

        /** Whether a database could not be read. */
        public boolean anyFailed() {
            return databases.values().stream().anyMatch(DatabaseDescriptor::failed);
        }
    }

    /**
     * One database against its scripts. When its state cannot be read, only {@code database},
     * {@code target} and {@code error} are given.
     *
     * @param database the database's JDBC URL, any password masked
     * @param target   the revision it is checked against ({@code psm.migrate.target})
     * @param current  its current revisions, empty for an empty database
     * @param heads    the heads of the revision graph
     * @param upToDate whether nothing is pending
     * @param pending  the revisions an upgrade to the target would run, in order
     * @param history  every revision, newest first, with its state
     * @param error    why the state could not be read, when it could not
     * @param mermaid  the revision graph as Mermaid's flowchart, coloured by state, for docs and pages
     */
    public record DatabaseDescriptor(String database, String target, List<String> current, List<String> heads,
            Boolean upToDate, List<String> pending, List<RevisionDescriptor> history, String error, String mermaid) {

        static DatabaseDescriptor of(PsmMigrateInstance instance, MigrationStatus status) {
            return new DatabaseDescriptor(instance.description(), instance.target(), status.current(), status.heads(),
                    status.upToDate(), status.pending(),
                    status.revisions().stream().map(RevisionDescriptor::of).toList(), null, status.mermaid());
        }

        /** Whether the state could not be read. */
        public boolean failed() {
            return error != null;
        }

        static DatabaseDescriptor failed(PsmMigrateInstance instance, RuntimeException failure) {
            return new DatabaseDescriptor(instance.description(), instance.target(), null, null, null, null, null,
                    DatabaseUrl.redact(String.valueOf(failure.getMessage())), null);
        }
    }

    /**
     * One revision and its state in the database.
     *
     * @param revision        the revision id
     * @param downRevisions   its parents
     * @param message         its message
     * @param branchLabels    its branch labels
     * @param state           {@code applied} or {@code pending}
     * @param appliedAt       when it was applied, if recorded
     * @param executionTimeMs how long its upgrade took, if recorded
     * @param checksum        the checksum recorded when it was applied, if any
     * @param attemptedAt     for a failed or running revision, when that attempt ran
     * @param error           for a failed revision, what the database said
     * @param failedLine      for a failed (or running) revision, the line of the statement that failed (or ran)
     * @param linesLeftApplied for a failed or running revision, the lines of the statements that ran
     *                         and stayed in the database
     */
    public record RevisionDescriptor(String revision, List<String> downRevisions, String message,
            List<String> branchLabels, String state, Instant appliedAt, Long executionTimeMs, String checksum,
            Instant attemptedAt, String error, Integer failedLine, List<Integer> linesLeftApplied) {

        static RevisionDescriptor of(RevisionStatus status) {
            Optional<HistoryEntry> attempt = status.attempt();
            Optional<Interruption> stop = attempt.flatMap(HistoryEntry::interruption);
            return new RevisionDescriptor(status.revision(), status.downRevisions(), status.message(),
                    status.branchLabels(), status.state().word(), status.appliedAt().orElse(null),
                    status.executionTimeMs().orElse(null), status.checksum().orElse(null),
                    attempt.map(HistoryEntry::appliedAt).orElse(null),
                    stop.flatMap(Interruption::error).orElse(null),
                    stop.flatMap(each -> each.atLine().isPresent() ? Optional.of(each.atLine().getAsInt())
                            : Optional.empty()).orElse(null),
                    stop.map(Interruption::ranLines).filter(lines -> !lines.isEmpty()).orElse(null));
        }
    }
}
