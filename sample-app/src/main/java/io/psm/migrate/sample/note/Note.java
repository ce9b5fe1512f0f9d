package io.psm.migrate.sample.note;

import io.psm.migrate.sample.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.time.Instant;

/**
 * A note that belongs to a user, mapped onto the {@code notes} table, whose {@code user_id}
 * references {@code users (id)}.
 */
@Entity
@Table(name = "notes", indexes = @Index(name = "ix_notes_user_id", columnList = "user_id"))
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Note() {
    }

    /**
     * A new note.
     *
     * @param user      its owner
     * @param fields    what the client sent
     * @param createdAt when it was created
     */
    public Note(User user, NoteRequest fields, Instant createdAt) {
        this.user = user;
        this.createdAt = createdAt;
        update(fields);
    }

    /**
     * Replaces the fields a client may change.
     *
     * @param fields what the client sent
     */
    public void update(NoteRequest fields) {
        this.title = fields.title();
        this.body = fields.body();
    }

    /** The generated id; {@code null} until saved. */
    public Long getId() {
        return this.id;
    }

    /** Its owner (a lazy reference: its id is known without loading it). */
    public User getUser() {
        return this.user;
    }

    /** The title. */
    public String getTitle() {
        return this.title;
    }

    /** The text, if any. */
    public String getBody() {
        return this.body;
    }

    /** When the note was created. */
    public Instant getCreatedAt() {
        return this.createdAt;
    }
}
