package io.psm.migrate.sample.user;

import io.psm.migrate.sample.web.ConflictException;
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
 * {@code /api/users}: list, read, create (201 with its location), replace and delete (204) users.
 * A missing user is 404, an invalid body 400, a username taken 409. Deleting a user deletes its
 * notes: the foreign key of the first revision says {@code ON DELETE CASCADE}.
 */
@RestController
@RequestMapping("/api/users")
public class UserController {

    private static final long NEW_USER = -1;

    private final UserRepository users;

    /**
     * The controller over the users.
     *
     * @param users the repository
     */
    public UserController(UserRepository users) {
        this.users = users;
    }

    /** Every user, oldest first. */
    @GetMapping
    public List<UserResponse> list() {
        return this.users.findAllByOrderByIdAsc().stream().map(UserResponse::of).toList();
    }

    /** One user. */
    @GetMapping("/{id}")
    public UserResponse get(@PathVariable long id) {
        return UserResponse.of(find(id));
    }

    /** Creates a user. */
    @PostMapping
    @Transactional
    public ResponseEntity<UserResponse> create(@Valid @RequestBody UserRequest request) {
        requireFreeUsername(request.username(), NEW_USER);
        User user = this.users.save(new User(request, now()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(user.getId()).toUri();
        return ResponseEntity.created(location).body(UserResponse.of(user));
    }

    /** Replaces a user's fields. */
    @PutMapping("/{id}")
    @Transactional
    public UserResponse update(@PathVariable long id, @Valid @RequestBody UserRequest request) {
        User user = find(id);
        requireFreeUsername(request.username(), id);
        user.update(request);
        return UserResponse.of(this.users.saveAndFlush(user));
    }

    /** Deletes a user and, through the foreign key, its notes. */
    @DeleteMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable long id) {
        this.users.delete(find(id));
        return ResponseEntity.noContent().build();
    }

    /** The time in the columns' precision, so that a created user reads back the same. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private User find(long id) {
        return this.users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    private void requireFreeUsername(String username, long id) {
        if (this.users.existsByUsernameAndIdNot(username, id)) {
            throw new ConflictException("The username '" + username + "' is taken.");
        }
    }
}
