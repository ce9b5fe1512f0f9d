package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The least any start-up check costs: open one connection and run one query. Shown beside the
 * tools' up-to-date checks, so what is connection set-up and what is the tool can be told apart.
 */
final class ConnectFloor implements Migrator {

    @Override
    public String name() {
        return "floor: connect + 1 query";
    }

    @Override
    public int migrate(DataSource dataSource, Workspace workspace) throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1")) {
            row.next();
        }
        return 0;
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
