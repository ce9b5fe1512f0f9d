package io.psm.migrate.boot.web;

import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.boot.testing.WebApplication;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A web application started as users start theirs, configured by {@code DATABASE_URL}:
 * {@code /actuator/migrations} and {@code /actuator/health} over HTTP, and a password in
 * {@code DATABASE_URL} that shows up nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsIT {

    private static final String PASSWORD = "S3cr3t-Pa55";

    @Test
    void migrationsEndpointAnswersWithEachDatabasesState() throws Exception {
        try (TestDatabase database = TestDatabases.h2(); ConfigurableApplicationContext context = start(database.databaseUrl())) {
            JsonNode body = JsonMapper.builder().build().readTree(get(context, "/actuator/migrations"));

            JsonNode application = body.path("databases").path("default");
            assertThat(application.path("current").get(0).asString()).isEqualTo(DatabaseState.HEAD);
            assertThat(application.path("upToDate").asBoolean()).isTrue();
            assertThat(application.path("pending").isEmpty()).isTrue();
            JsonNode newest = application.path("history").get(0);
            assertThat(newest.path("revision").asString()).isEqualTo(DatabaseState.HEAD);
            assertThat(newest.path("downRevisions").get(0).asString()).isEqualTo("b2c3d4e5f6a7");
            assertThat(newest.path("state").asString()).isEqualTo("applied");
            assertThat(newest.has("appliedAt")).isTrue();
            assertThat(newest.has("executionTimeMs")).isTrue();
            assertThat(newest.has("checksum")).isTrue();
        }
    }

    @Test
    void healthShowsTheMigrationsComponent() throws Exception {
        try (TestDatabase database = TestDatabases.h2(); ConfigurableApplicationContext context = start(database.databaseUrl())) {
            JsonNode health = JsonMapper.builder().build().readTree(get(context, "/actuator/health/migrations"));

            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("details").path("current").get(0).asString()).isEqualTo(DatabaseState.HEAD);
        }
    }

    @Test
    void passwordOfDatabaseUrlAppearsInNoLogLineOrResponse(CapturedOutput output) throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            Assumptions.assumeTrue(database.password().isEmpty(), "needs a server that trusts local connections");
            String url = database.databaseUrl().replaceFirst("://([^@:]+)@", "://$1:" + PASSWORD + "@");
            try (ConfigurableApplicationContext context = start(url)) {
                String responses = get(context, "/actuator/migrations") + get(context, "/actuator/health")
                        + get(context, "/actuator/env");
                assertThat(responses).contains(DatabaseState.HEAD).doesNotContain(PASSWORD);
            }
            assertThat(output).contains("Running upgrade").doesNotContain(PASSWORD);
        }
    }

    @Test
    void malformedDatabaseUrlStopsStartupWithoutShowingThePassword(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("postgresql://app:" + PASSWORD + "@localhost:port/db").close());

        assertThat(Failures.migrateException(failure)).hasMessageStartingWith("DATABASE_URL is not a database URL");
        assertThat(Failures.printed(failure)).doesNotContain(PASSWORD);
        assertThat(output).contains("psm-migrate: DATABASE_URL").doesNotContain(PASSWORD);
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return WebApplication.start(databaseUrl, "migrations,health,env");
    }

    private static String get(ConfigurableApplicationContext context, String path) throws Exception {
        return WebApplication.get(context, path).body();
    }
}
