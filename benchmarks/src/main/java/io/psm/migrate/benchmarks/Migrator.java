package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One way of bringing a database to the newest migration: raw JDBC, psm-migrate, Flyway or
 * Liquibase. A call is what an application pays at start-up: configure the tool, load the
 * scripts, check the database and apply what is pending.
 */
interface Migrator {

    /** The name in the tables. */
    String name();

    /**
     * Applies every pending migration of the workspace.
     *
     * @param dataSource the database; each tool opens and closes its own connections
     * @param workspace  the corpus, laid out for this tool
     * @return the number of migrations applied, or -1 when the tool does not say
     * @throws Exception any failure: a run that fails does not count
     */
    int migrate(DataSource dataSource, Workspace workspace) throws Exception;

    /**
     * How many migrations the tool's own table records as applied.
     *
     * @param connection a connection to the migrated database
     * @return the count; empty for a tool without such a table
     */
    OptionalInt recorded(Connection connection) throws SQLException;

    /** The tool's own tables, lower case, left out when the schema is compared. */
    Set<String> ownTables();
}
