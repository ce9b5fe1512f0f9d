package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/** psm-migrate with its defaults: {@code configure().dataSource(..).locations(..).load().upgrade("head")}. */
final class PsmMigrator implements Migrator {

    @Override
    public String name() {
        return "psm-migrate";
    }

    @Override
    public int migrate(DataSource dataSource, Workspace workspace) {
        return PsmMigrate.configure()
                .dataSource(dataSource)
                .locations(workspace.psmLocation())
                .load()
                .upgrade("head")
                .size();
    }

    @Override
    public OptionalInt recorded(Connection connection) throws SQLException {
        return OptionalInt.of(Sql.count(connection,
                "SELECT COUNT(*) FROM psm_history WHERE success AND direction = 'upgrade'"));
    }

    @Override
    public Set<String> ownTables() {
        return Set.of("psm_version", "psm_history", "psm_version_lock");
    }
}
