package io.psm.migrate.boot.testapp;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small application with the auto-configuration, packaged as an executable jar by the tests of
 * the {@code db} commands: a bean that reads the database as soon as it exists, and a runner that
 * prints what it read.
 */
@SpringBootApplication
public class TestApplication {

    /** What the runner prints on a normal start. */
    public static final String RUNNER_LINE = "Books on the shelf: ";

    /** Starts the application (or runs a {@code db} command). */
    public static void main(String[] args) {
        SpringApplication.run(TestApplication.class, args);
    }

    @Bean
    BookShelf bookShelf(JdbcTemplate jdbcTemplate) {
        return new BookShelf(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM book", Integer.class));
    }

    @Bean
    ApplicationRunner reportBooks(BookShelf shelf) {
        return arguments -> System.out.println(RUNNER_LINE + shelf.books());
    }

    /**
     * How many books there were when the application started.
     *
     * @param books the count
     */
    record BookShelf(int books) {
    }
}
