package io.psm.migrate.sample.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A user, mapped onto the {@code users} table of the migrations. Hibernate only validates this
 * mapping ({@code ddl-auto=validate}): each column here exists because a revision created it,
 * {@code phone} because of "Add phone field to User".
 */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50, unique = true)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(length = 100)
    private String name;

    @Column(length = 20)
    private String phone;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA. */
    protected User() {
    }

    /**
     * A new user.
     *
     * @param fields    what the client sent
     * @param createdAt when it was created
     */
    public User(UserRequest fields, Instant createdAt) {
        this.createdAt = createdAt;
        update(fields);
    }

    /**
     * Replaces the fields a client may change.
     *
     * @param fields what the client sent
     */
    public void update(UserRequest fields) {
        this.username = fields.username();
        this.email = fields.email();
        this.name = fields.name();
        this.phone = fields.phone();
    }

    /** The generated id; {@code null} until saved. */
    public Long getId() {
        return this.id;
    }

    /** The unique login name. */
    public String getUsername() {
        return this.username;
    }

    /** The e-mail address. */
    public String getEmail() {
        return this.email;
    }

    /** The display name, if given. */
    public String getName() {
        return this.name;
    }

    /** The phone number, if given. */
    public String getPhone() {
        return this.phone;
    }

    /** When the user was created. */
    public Instant getCreatedAt() {
        return this.createdAt;
    }
}
