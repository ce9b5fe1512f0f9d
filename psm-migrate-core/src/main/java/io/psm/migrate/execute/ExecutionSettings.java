package io.psm.migrate.execute;

import io.psm.migrate.dialect.Durations;
import io.psm.migrate.dialect.TableName;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the engine keeps its tables, how long it waits for the lock and how it frames revisions
 * in transactions.
 *
 * @param schema          the schema of the version and history tables, made the migrations'
 *                        current schema (created when missing); empty for the connection's default
 * @param versionTable    the version table's name, {@code psm_version} by default
 *                        ({@code alembic_version} takes over a database Alembic managed)
 * @param historyTable    the history table's name, {@code psm_history} by default
 * @param lockTimeout     how long to wait for another session's migration lock, 60 s by default
 * @param transactionMode a transaction per revision (default) or one for the whole run
 */
public record ExecutionSettings(Optional<String> schema, String versionTable, String historyTable, Duration lockTimeout,
        TransactionMode transactionMode) {

    /** Checks the names are not blank and differ, and the timeout is not negative. */
    public ExecutionSettings {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(transactionMode, "transactionMode");
        if (schema.filter(String::isBlank).isPresent() || versionTable.isBlank() || historyTable.isBlank()) {
            throw new IllegalArgumentException("Schema, version table and history table names must not be blank");
        }
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException("The version and history tables must differ: both are " + versionTable);
        }
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must be zero (one attempt) or more, not "
                    + Durations.format(lockTimeout));
        }
    }

    /** The same settings with a transaction per revision. */
    public ExecutionSettings(Optional<String> schema, String versionTable, String historyTable, Duration lockTimeout) {
        this(schema, versionTable, historyTable, lockTimeout, TransactionMode.PER_REVISION);
    }

    /** The defaults of DESIGN.md: default schema, {@code psm_version}, {@code psm_history}, 60 s, per revision. */
    public static ExecutionSettings defaults() {
        return new ExecutionSettings(Optional.empty(), "psm_version", "psm_history", Duration.ofSeconds(60));
    }

    /** The same settings in another schema. */
    public ExecutionSettings withSchema(String schema) {
        return new ExecutionSettings(Optional.of(schema), versionTable, historyTable, lockTimeout, transactionMode);
    }

    /** The same settings with another version table. */
    public ExecutionSettings withVersionTable(String versionTable) {
        return new ExecutionSettings(schema, versionTable, historyTable, lockTimeout, transactionMode);
    }

    /** The same settings with another history table. */
    public ExecutionSettings withHistoryTable(String historyTable) {
        return new ExecutionSettings(schema, versionTable, historyTable, lockTimeout, transactionMode);
    }

    /** The same settings with another lock timeout. */
    public ExecutionSettings withLockTimeout(Duration lockTimeout) {
        return new ExecutionSettings(schema, versionTable, historyTable, lockTimeout, transactionMode);
    }

    /** The same settings with another transaction mode. */
    public ExecutionSettings withTransactionMode(TransactionMode transactionMode) {
        return new ExecutionSettings(schema, versionTable, historyTable, lockTimeout, transactionMode);
    }

    /** The version table, in the schema. */
    public TableName versionTableName() {
        return new TableName(schema, versionTable);
    }

    /** The history table, in the schema. */
    public TableName historyTableName() {
        return new TableName(schema, historyTable);
    }
}
