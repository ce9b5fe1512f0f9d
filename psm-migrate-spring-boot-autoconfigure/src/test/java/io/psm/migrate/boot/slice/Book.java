package io.psm.migrate.boot.slice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A book, mapped onto the {@code book} table that the test migrations create. */
@Entity
public class Book {

    @Id
    private Long id;

    private String title;

    private String isbn;

    protected Book() {
    }

    /** A new book. */
    public Book(Long id, String title, String isbn) {
        this.id = id;
        this.title = title;
        this.isbn = isbn;
    }

    /** Its id. */
    public Long getId() {
        return this.id;
    }

    /** Its title. */
    public String getTitle() {
        return this.title;
    }

    /** Its ISBN. */
    public String getIsbn() {
        return this.isbn;
    }
}
