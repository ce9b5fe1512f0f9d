package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The floor: the statements of each file (split beforehand, outside the timing) executed on one
 * connection, each file in its own transaction, with no bookkeeping at all.
 */
final class RawJdbcMigrator implements Migrator {

    @Override
    public String name() {
        return "raw JDBC";
    }

    @Override
    public int migrate(DataSource dataSource, Workspace workspace) throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (List<String> file : workspace.statements()) {
                for (String sql : file) {
                    statement.execute(sql);
                }
                connection.commit();
            }
        }
        return workspace.statements().size();
    }

    @Override
    public OptionalInt recorded(Connection connection) {
        return OptionalInt.empty();
    }

    @Override
    public Set<String> ownTables() {
        return Set.of();
    }
}
