package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings that cannot work stop start-up naming the property, never an engine value such as PT-5S. */
class InvalidSettingsTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "psm.migrate.lock-timeout=-5s   | psm.migrate.lock-timeout: must be zero (one attempt) or more, not -5 s",
            "psm.migrate.probe-timeout=0    | psm.migrate.probe-timeout: must be more than zero, not 0 ms",
    })
    void aDurationThatCannotWorkIsNamedByItsProperty(String setting, String message) {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).withPropertyValues(setting)
                    .run(context -> {
                        assertThat(context).hasFailed();
                        Throwable failure = Failures.migrateException(context.getStartupFailure());
                        assertThat(failure).isInstanceOf(InvalidPropertyException.class).hasMessage(message);
                    });
        }
    }
}
