package io.psm.migrate.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample application: users and their notes over a REST API, in a schema that comes only from
 * the revisions in {@code classpath:db/migrations}, which psm-migrate applies on start-up.
 *
 * <p>{@code java -jar sample-app.jar} serves the API; {@code java -jar sample-app.jar db COMMAND}
 * runs a psm-migrate command ({@code current}, {@code history}, {@code upgrade}, ...) instead,
 * which is why {@link #main} hands its arguments to Spring Boot.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * Starts the application, or runs a {@code db} command.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
