package io.psm.migrate.benchmarks;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Flyway with its defaults ({@code validateOnMigrate} on, one transaction per migration), given
 * only the data source and a {@code filesystem:} location.
 */
final class FlywayMigrator implements Migrator {

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public int migrate(DataSource dataSource, Workspace workspace) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(workspace.flywayLocation())
                .load()
                .migrate()
                .migrationsExecuted;
    }

    @Override
    public OptionalInt recorded(Connection connection) throws SQLException {
        return OptionalInt.of(Sql.count(connection,
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"));
    }

    @Override
    public Set<String> ownTables() {
        return Set.of("flyway_schema_history");
    }
}
