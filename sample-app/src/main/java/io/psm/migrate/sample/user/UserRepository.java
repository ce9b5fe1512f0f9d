package io.psm.migrate.sample.user;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Users, stored in {@code users}. */
public interface UserRepository extends JpaRepository<User, Long> {

    /** Every user, oldest first. */
    List<User> findAllByOrderByIdAsc();

    /** Whether a user other than {@code id} has this username; pass {@code -1} for a new user. */
    boolean existsByUsernameAndIdNot(String username, Long id);
}
