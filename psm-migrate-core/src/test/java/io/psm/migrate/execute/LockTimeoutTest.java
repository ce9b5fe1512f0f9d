package io.psm.migrate.execute;

import io.psm.migrate.dialect.DatabaseLock;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.LockRequest;
import io.psm.migrate.dialect.LockTimeoutException;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockTimeoutTest {

    @Test
    void runnerThatCannotGetTheLockInTimeFailsNamingTheHolderAndWhatToDoAndTouchesNothing() throws Exception {
        List<MigrationScript> chain = List.of(Scripts.sql("r1", null, "CREATE TABLE c (id INT);", "DROP TABLE c;"));
        try (TestDatabase database = TestDatabases.postgres();
             Connection holder = database.dataSource().getConnection();
             DatabaseLock held = Dialect.detect(holder).lock(holder, database.dataSource(),
                     new LockRequest(TableName.of("psm_version"), Duration.ZERO))) {
            int holderPid = pid(holder);
            MigrationExecutor executor = new MigrationExecutor(database.dataSource(),
                    ExecutionSettings.defaults().withLockTimeout(Duration.ofMillis(500)), MigrationListener.NONE);

            assertThatThrownBy(() -> executor.migrate(chain, Scripts.upgradeToHead(chain)))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageStartingWith("Timed out after 500 ms waiting for the migration lock on psm_version,"
                            + " held by PostgreSQL backend pid " + holderPid + " (")
                    .hasMessageContaining("), idle for ")
                    .hasMessageEndingWith(". If that migration is still running, let it finish and run again, or wait"
                            + " longer (--lock-timeout, psm.migrate.lock-timeout); if the process that started it is"
                            + " gone, end its session: SELECT pg_terminate_backend(" + holderPid + ").");
            assertThat(Rows.tableExists(database, "psm_version")).isFalse();
            assertThat(Rows.tableExists(database, "c")).isFalse();
        }
    }

    private static int pid(Connection connection) throws Exception {
        try (ResultSet row = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }
}
