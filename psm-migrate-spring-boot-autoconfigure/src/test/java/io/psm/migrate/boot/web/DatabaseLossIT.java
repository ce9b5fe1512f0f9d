package io.psm.migrate.boot.web;

import io.psm.migrate.boot.testapp.TestApplication;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's PostgreSQL database dropped under a running application: the health component
 * and the endpoint answer within the probe time-out (2 s), over HTTP with a failing status, with
 * the database's own message rather than the connection pool's time-out.
 */
class DatabaseLossIT {

    private final HttpClient http = HttpClient.newHttpClient();

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
        return new SpringApplicationBuilder(TestApplication.class)
                .properties(Map.of("DATABASE_URL", databaseUrl, "server.port", "0",
                        "management.endpoints.web.exposure.include", "migrations,health",
                        "management.endpoint.health.show-details", "always",
                        "spring.autoconfigure.exclude", String.join(",", List.of(
                                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                                "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
                                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"))))
                .run();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
