package io.psm.migrate.boot.command.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A user of the blog: the seed's {@code User}, whose {@code phone} field is the change of its example. */
@Entity
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "uq_users_email", columnNames = "email"))
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(length = 120)
    private String email;

    @Column(length = 20)
    private String phone;

    /** The user's phone number. */
    public String getPhone() {
        return this.phone;
    }
}
