package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.List;
import java.util.Optional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code connect-retries}: start-up waits for a database that is not reachable yet. */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionRetryTest {

    @Test
    void retriesUntilTheDatabaseAnswers() {
        try (TestDatabase database = TestDatabases.h2()) {
            FlakyDataSource flaky = new FlakyDataSource(database.dataSource(), 2);

            ConnectionRetry.await(instance(flaky, 5));

            assertThat(flaky.attempts()).isEqualTo(3);
        }
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        try (TestDatabase database = TestDatabases.h2()) {
            FlakyDataSource flaky = new FlakyDataSource(database.dataSource(), 10);

            ConnectionRetry.await(instance(flaky, 3));

            assertThat(flaky.attempts()).isEqualTo(3);
        }
    }

    @Test
    void logsEachRetryWithTheWaitInSeconds(CapturedOutput output) {
        try (TestDatabase database = TestDatabases.h2()) {
            FlakyDataSource flaky = new FlakyDataSource(database.dataSource(), 10);
            InstanceSettings settings = new InstanceSettings(MigrationMode.UPGRADE, "head", 1, Duration.ofSeconds(1),
                    Optional.empty(), false, Duration.ofSeconds(2));

            ConnectionRetry.await(new PsmMigrateInstance("default", flaky, settings, () -> List.of("classpath:db/migrations"),
                    () -> PsmMigrate.configure().dataSource(flaky), () -> "jdbc:h2:mem:flaky", Optional.empty()));

            assertThat(output).contains("Database 'default' (jdbc:h2:mem:flaky) is not reachable: ")
                    .contains("; retry 1 of 1 in 1 s").doesNotContain("PT1S");
        }
    }

    @Test
    void doesNotConnectWithoutRetries() {
        try (TestDatabase database = TestDatabases.h2()) {
            FlakyDataSource flaky = new FlakyDataSource(database.dataSource(), 0);

            ConnectionRetry.await(instance(flaky, 0));

            assertThat(flaky.attempts()).isZero();
        }
    }

    private static PsmMigrateInstance instance(DataSource dataSource, int retries) {
        InstanceSettings settings = new InstanceSettings(MigrationMode.UPGRADE, "head", retries, Duration.ZERO, Optional.empty(), false,
                Duration.ofSeconds(2));
        return new PsmMigrateInstance("default", dataSource, settings, () -> List.of("classpath:db/migrations"),
                () -> PsmMigrate.configure().dataSource(dataSource), () -> "jdbc:h2:mem:flaky", Optional.empty());
    }

    /** A DataSource that refuses the first connections, like a database container still starting. */
    private static final class FlakyDataSource extends DelegatingDataSource {

        private final int failures;
        private final AtomicInteger attempts = new AtomicInteger();

        FlakyDataSource(DataSource target, int failures) {
            super(target);
            this.failures = failures;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (this.attempts.incrementAndGet() <= this.failures) {
                throw new SQLTransientConnectionException("Connection refused");
            }
            return super.getConnection();
        }

        int attempts() {
            return this.attempts.get();
        }
    }
}
