package io.psm.migrate.benchmarks;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Liquibase's {@code update} command as an application calls it: one connection, the database
 * implementation found for it, the changelog read from a folder, and, as Spring Boot's integration
 * sets them by default, the UI service and the update summary writing to the log, not the console. Analytics are off (see
 * {@link QuietLogging}).
 */
final class LiquibaseMigrator implements Migrator {

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    public int migrate(DataSource dataSource, Workspace workspace) throws Exception {
        try (Connection connection = dataSource.getConnection();
             DirectoryResourceAccessor resources = new DirectoryResourceAccessor(workspace.liquibaseRoot())) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), resources,
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, workspace.changelog())
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        }
        return -1;
    }

    @Override
    public OptionalInt recorded(Connection connection) throws SQLException {
        return OptionalInt.of(Sql.count(connection, "SELECT COUNT(*) FROM databasechangelog"));
    }

    @Override
    public Set<String> ownTables() {
        return Set.of("databasechangelog", "databasechangeloglock");
    }
}
