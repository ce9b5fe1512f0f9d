package io.psm.migrate.sample.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/users/{userId}/notes} and {@code PUT .../notes/{id}}; the sizes are
 * the columns' sizes.
 *
 * @param title the title
 * @param body  the text, optional
 */
public record NoteRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String body) {
}
