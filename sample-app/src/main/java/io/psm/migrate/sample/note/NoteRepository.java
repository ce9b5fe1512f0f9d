package io.psm.migrate.sample.note;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Notes, stored in {@code notes}. */
public interface NoteRepository extends JpaRepository<Note, Long> {

    /** A user's notes, oldest first. */
    List<Note> findByUserIdOrderByIdAsc(Long userId);

    /** One note of a user. */
    Optional<Note> findByIdAndUserId(Long id, Long userId);
}
