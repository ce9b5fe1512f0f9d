package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** A warning when another migration tool also migrates the database. */
@ExtendWith(OutputCaptureExtension.class)
class MigratorConflictWarningTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    PsmMigrateAutoConfiguration.class))
            .withPropertyValues("spring.flyway.locations=classpath:scenarios/no-flyway-scripts",
                    "spring.flyway.baseline-on-migrate=true");

    @Test
    void warnsWhenFlywayMigratesTheSameDatabase(CapturedOutput output) {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(output).contains("Flyway (bean 'flyway') also migrates the database of psm-migrate instance"
                        + " 'default'").contains("spring.flyway.enabled=false");
            });
        }
    }

    @Test
    void staysQuietWhenFlywayIsOff(CapturedOutput output) {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("spring.flyway.enabled=false")
                    .run(context -> assertThat(output).doesNotContain("also migrates the database"));
        }
    }
}
