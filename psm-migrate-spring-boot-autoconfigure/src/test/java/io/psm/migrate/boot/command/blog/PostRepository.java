package io.psm.migrate.boot.command.blog;

import org.springframework.data.jpa.repository.JpaRepository;

/** The posts, through Spring Data JPA: a bean that needs the EntityManagerFactory. */
public interface PostRepository extends JpaRepository<Post, Long> {
}
