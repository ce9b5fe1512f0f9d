package io.psm.migrate.boot.web;

import io.psm.migrate.boot.testing.WebApplication;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's PostgreSQL database dropped under a running application: the health component
 * and the endpoint answer within the probe time-out (2 s), over HTTP with a failing status, with
 * the database's own message rather than the connection pool's time-out.
 */
class DatabaseLossIT {

    @Test
    void probesAnswerPromptlyWithTheRealCauseWhenTheDatabaseIsDropped() throws Exception {
        try (TestDatabase database = TestDatabases.postgres();
             ConfigurableApplicationContext context = start(database.databaseUrl())) {
            assertThat(get(context, "/actuator/health/migrations").statusCode()).isEqualTo(200);
            String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
            drop(database, name);

            long start = System.nanoTime();
            HttpResponse<String> health = get(context, "/actuator/health/migrations");
            Duration healthTook = Duration.ofNanos(System.nanoTime() - start);
            start = System.nanoTime();
            HttpResponse<String> migrations = get(context, "/actuator/migrations");
            Duration migrationsTook = Duration.ofNanos(System.nanoTime() - start);

            String cause = "database \"" + name + "\" does not exist";
            JsonNode healthBody = JsonMapper.builder().build().readTree(health.body());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(healthBody.path("status").asString()).isEqualTo("DOWN");
            assertThat(healthBody.path("details").path("error").asString()).contains(cause);
            JsonNode instance = JsonMapper.builder().build().readTree(migrations.body()).path("databases").path("default");
            assertThat(migrations.statusCode()).isEqualTo(503);
            assertThat(instance.path("error").asString()).contains(cause);
            // 2 s of probe time-out, with room for a loaded machine
            assertThat(healthTook).isLessThan(Duration.ofSeconds(5));
            assertThat(migrationsTook).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static void drop(TestDatabase database, String name) throws Exception {
        String admin = database.jdbcUrl().substring(0, database.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return WebApplication.start(databaseUrl, "migrations,health");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
        return WebApplication.get(context, path);
    }
}
