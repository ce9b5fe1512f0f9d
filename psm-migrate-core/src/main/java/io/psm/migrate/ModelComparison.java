package io.psm.migrate;

import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.AutogenerateSettings;
import io.psm.migrate.autogenerate.Autogenerator;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.execute.ExecutionSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Compares a model with the database a {@link PsmMigrate} migrates: in its schema, leaving alone the
 * engine's own tables (version, history, and the lock table where the dialect has one) and the
 * configured exclusions. Opens one connection and closes it; reads only.
 */
final class ModelComparison {

    private final DataSource dataSource;
    private final ExecutionSettings execution;
    private final List<String> exclusions;

    ModelComparison(DataSource dataSource, ExecutionSettings execution, List<String> exclusions) {
        this.dataSource = dataSource;
        this.execution = execution;
        this.exclusions = List.copyOf(exclusions);
    }

    /**
     * @param model the model the database should match
     * @return the changes that bring the database to the model, and their inverse
     * @throws DatabaseAccessException when the database cannot be reached or read
     */
    AutogenerateResult compare(SchemaModel model) {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.detect(connection);
            return new Autogenerator(settings(dialect)).compare(connection, model);
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the schema to compare it with the model", e);
        }
    }

    /** The schema and the exclusions: the engine's tables first, then the configured ones. */
    AutogenerateSettings settings(Dialect dialect) {
        List<String> excluded = new ArrayList<>();
        TableName versionTable = execution.versionTableName();
        excluded.add(versionTable.name());
        excluded.add(execution.historyTable());
        dialect.lockTable(versionTable).ifPresent(lockTable -> excluded.add(lockTable.name()));
        excluded.addAll(exclusions);
        AutogenerateSettings settings = new AutogenerateSettings(Optional.empty(), excluded);
        return execution.schema().map(settings::withSchema).orElse(settings);
    }
}
