package io.psm.migrate.sample.note;

import java.time.Instant;

/**
 * A note as the API shows it.
 *
 * @param id        the id
 * @param userId    its owner's id
 * @param title     the title
 * @param body      the text, or {@code null}
 * @param createdAt when the note was created
 */
public record NoteResponse(Long id, Long userId, String title, String body, Instant createdAt) {

    /**
     * The view of a stored note.
     *
     * @param note the note
     * @return its view
     */
    public static NoteResponse of(Note note) {
        return new NoteResponse(note.getId(), note.getUser().getId(), note.getTitle(), note.getBody(),
                note.getCreatedAt());
    }
}
