package io.psm.migrate.sample.note;

import io.psm.migrate.sample.user.User;
import io.psm.migrate.sample.user.UserRepository;
import io.psm.migrate.sample.web.NotFoundException;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/users/{userId}/notes}: list, read, create (201), replace and delete (204) the notes
 * of one user. A missing user or note is 404, an invalid body 400.
 */
@RestController
@RequestMapping("/api/users/{userId}/notes")
public class NoteController {

    private final NoteRepository notes;
    private final UserRepository users;

    /**
     * The controller over the notes.
     *
     * @param notes the notes
     * @param users the users they belong to
     */
    public NoteController(NoteRepository notes, UserRepository users) {
        this.notes = notes;
        this.users = users;
    }

    /** The user's notes, oldest first. */
    @GetMapping
    @Transactional(readOnly = true)
    public List<NoteResponse> list(@PathVariable long userId) {
        requireUser(userId);
        return this.notes.findByUserIdOrderByIdAsc(userId).stream().map(NoteResponse::of).toList();
    }

    /** One note. */
    @GetMapping("/{id}")
    public NoteResponse get(@PathVariable long userId, @PathVariable long id) {
        return NoteResponse.of(find(userId, id));
    }

    /** Adds a note to the user. */
    @PostMapping
    @Transactional
    public ResponseEntity<NoteResponse> create(@PathVariable long userId, @Valid @RequestBody NoteRequest request) {
        User user = requireUser(userId);
        Note note = this.notes.save(new Note(user, request, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(note.getId()).toUri();
        return ResponseEntity.created(location).body(NoteResponse.of(note));
    }

    /** Replaces a note's fields. */
    @PutMapping("/{id}")
    @Transactional
    public NoteResponse update(@PathVariable long userId, @PathVariable long id,
            @Valid @RequestBody NoteRequest request) {
        Note note = find(userId, id);
        note.update(request);
        return NoteResponse.of(this.notes.saveAndFlush(note));
    }

    /** Deletes a note. */
    @DeleteMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable long userId, @PathVariable long id) {
        this.notes.delete(find(userId, id));
        return ResponseEntity.noContent().build();
    }

    private User requireUser(long userId) {
        return this.users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
    }

    private Note find(long userId, long id) {
        return this.notes.findByIdAndUserId(id, userId)
                .orElseThrow(() -> new NotFoundException("note " + id + " of user " + userId));
    }
}
