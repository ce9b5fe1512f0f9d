package io.psm.migrate.sample.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/users} and {@code PUT /api/users/{id}}; the sizes are the
 * columns' sizes.
 *
 * @param username the unique login name: letters, digits, {@code .}, {@code _} and {@code -}
 * @param email    the e-mail address
 * @param name     the display name, optional
 * @param phone    the phone number, optional: digits, spaces, {@code +}, {@code -}, parentheses
 */
public record UserRequest(
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-'")
        String username,

        @NotBlank
        @Email
        @Size(max = 255)
        String email,

        @Size(max = 100)
        String name,

        @Size(max = 20)
        @Pattern(regexp = "\\+?[0-9 ()-]*", message = "must be a phone number, such as +1 555-0100")
        String phone) {
}
