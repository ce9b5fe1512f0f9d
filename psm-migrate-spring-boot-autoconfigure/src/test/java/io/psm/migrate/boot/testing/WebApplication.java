package io.psm.migrate.boot.testing;

import io.psm.migrate.boot.testapp.TestApplication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The test application started as users start theirs, configured by {@code DATABASE_URL}, and read over HTTP. */
public final class WebApplication {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebApplication() {
    }

    /**
     * Starts the application on a free port, without JPA.
     *
     * @param databaseUrl its {@code DATABASE_URL}
     * @param endpoints   the Actuator endpoints to expose, comma-separated
     * @return the running application; close it
     */
    public static ConfigurableApplicationContext start(String databaseUrl, String endpoints) {
        return new SpringApplicationBuilder(TestApplication.class)
                .properties(Map.of("DATABASE_URL", databaseUrl, "server.port", "0",
                        "management.endpoints.web.exposure.include", endpoints,
                        "management.endpoint.health.show-details", "always",
                        "spring.autoconfigure.exclude", String.join(",", List.of(
                                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                                "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
                                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"))))
                .run();
    }

    /**
     * A GET of the running application.
     *
     * @param context the application
     * @param path    the path, such as {@code /actuator/migrations}
     * @return the response
     */
    public static HttpResponse<String> get(ConfigurableApplicationContext context, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
