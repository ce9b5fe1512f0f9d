package io.psm.migrate.sample.user;

import java.time.Instant;

/**
 * A user as the API shows it.
 *
 * @param id        the id
 * @param username  the login name
 * @param email     the e-mail address
 * @param name      the display name, or {@code null}
 * @param phone     the phone number, or {@code null}
 * @param createdAt when the user was created
 */
public record UserResponse(Long id, String username, String email, String name, String phone, Instant createdAt) {

    /**
     * The view of a stored user.
     *
     * @param user the user
     * @return its view
     */
    public static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getName(), user.getPhone(),
                user.getCreatedAt());
    }
}
