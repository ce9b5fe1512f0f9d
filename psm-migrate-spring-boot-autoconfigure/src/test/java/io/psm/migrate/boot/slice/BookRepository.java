package io.psm.migrate.boot.slice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Books, through Spring Data JPA. */
public interface BookRepository extends JpaRepository<Book, Long> {

    /** The books with this ISBN. */
    List<Book> findByIsbn(String isbn);
}
