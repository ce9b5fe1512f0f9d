package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.dialect.Durations;
import io.psm.migrate.execute.TransactionMode;
import io.psm.migrate.script.FileTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The engine options of an instance, copied from its properties when the instance is created so
 * that later changes to the mutable properties object do not leak in.
 *
 * @param locations              the script locations, placeholders unresolved
 * @param schema                 the schema of the version and history tables, or {@code null}
 * @param versionTable           the version table's name
 * @param historyTable           the history table's name
 * @param validateChecksums      whether a changed applied script is an error
 * @param lockTimeout            how long to wait for the migration lock
 * @param transactionMode        a transaction per revision, or one for the whole run
 * @param autogenerateExclusions the tables autogenerate leaves alone besides the engine's own
 * @param fileTemplate           how the {@code db} commands name new scripts
 */
record EngineSettings(List<String> locations, String schema, String versionTable, String historyTable,
        boolean validateChecksums, Duration lockTimeout, TransactionMode transactionMode,
        List<String> autogenerateExclusions, String fileTemplate) {

    EngineSettings {
        locations = List.copyOf(locations);
        autogenerateExclusions = List.copyOf(autogenerateExclusions);
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(transactionMode, "transactionMode");
    }

    /**
     * The settings of one instance's properties.
     *
     * @param instance   the instance's name, for messages
     * @param properties its properties
     * @throws InvalidPropertyException naming the property of a setting that cannot work (a negative lock timeout)
     */
    static EngineSettings of(String instance, MigrationProperties properties) {
        Duration lockTimeout = properties.getLockTimeout();
        if (lockTimeout == null || lockTimeout.isNegative()) {
            throw new InvalidPropertyException(PropertyNames.of(instance, "lock-timeout"), "must be zero (one attempt)"
                    + " or more, not " + (lockTimeout == null ? "empty" : Durations.format(lockTimeout)));
        }
        return new EngineSettings(properties.getLocations(), properties.getSchema(), properties.getVersionTable(),
                properties.getHistoryTable(), properties.isValidateChecksums(), lockTimeout,
                Objects.requireNonNullElse(properties.getTransactionMode(), TransactionMode.PER_REVISION),
                properties.autogenerateExclusions(), properties.getFileTemplate());
    }

    /**
     * Applies these settings to a builder.
     *
     * @param builder           the builder
     * @param resolvedLocations the locations with placeholders resolved
     * @return the same builder
     */
    PsmMigrate.Builder applyTo(PsmMigrate.Builder builder, List<String> resolvedLocations) {
        builder.locations(resolvedLocations)
                .versionTable(this.versionTable)
                .historyTable(this.historyTable)
                .validateChecksums(this.validateChecksums)
                .lockTimeout(this.lockTimeout)
                .transactionMode(this.transactionMode)
                .autogenerateExclusions(this.autogenerateExclusions);
        if (this.schema != null && !this.schema.isBlank()) {
            builder.schema(this.schema);
        }
        if (this.fileTemplate != null && !this.fileTemplate.equals(FileTemplate.DEFAULT_PATTERN)) {
            builder.fileTemplate(this.fileTemplate);
        }
        return builder;
    }
}
