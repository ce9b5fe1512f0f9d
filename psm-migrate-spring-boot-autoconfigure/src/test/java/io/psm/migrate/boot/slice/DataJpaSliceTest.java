package io.psm.migrate.boot.slice;

import io.psm.migrate.boot.testing.DatabaseState;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's {@code @DataJpaTest} runs the migrations on its test database, as it runs Flyway's.
 * (Flyway is on this module's test classpath for other tests; an application has one or the other.)
 */
@DataJpaTest(properties = "spring.flyway.enabled=false")
class DataJpaSliceTest {

    @Autowired
    private BookRepository books;

    @Autowired
    private DataSource dataSource;

    @Test
    void repositoriesWorkOnTheMigratedSchema() {
        this.books.save(new Book(1L, "Dune", "978-0441013593"));

        assertThat(this.books.findByIsbn("978-0441013593")).extracting(Book::getTitle).containsExactly("Dune");
    }

    @Test
    void hibernateLeavesTheMigratedSchemaAlone() {
        assertThat(DatabaseState.versionRows(this.dataSource)).containsExactly(DatabaseState.HEAD);
        assertThat(DatabaseState.columns(this.dataSource, "book")).contains("shelf_note");
    }
}
