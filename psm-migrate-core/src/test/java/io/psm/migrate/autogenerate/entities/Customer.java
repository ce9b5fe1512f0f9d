package io.psm.migrate.autogenerate.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Every common column mapping on one entity, with an identity key, an index and a unique constraint. */
@Entity
@Table(indexes = @Index(name = "ix_customer_email", columnList = "email"),
        uniqueConstraints = @UniqueConstraint(name = "uq_customer_name", columnNames = {"firstName", "lastName"}))
public class Customer {

    /** A customer's standing. */
    public enum Status { ACTIVE, BLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String email;

    @Column(length = 40, nullable = false)
    String firstName;

    String lastName;

    @Column(unique = true, length = 20)
    String code;

    Integer age;

    int visits;

    boolean active;

    @Column(precision = 10, scale = 2)
    BigDecimal balance;

    BigDecimal plainAmount;

    LocalDate bornOn;

    LocalDateTime createdAt;

    Instant lastSeen;

    UUID token;

    @Enumerated(EnumType.STRING)
    Status status;

    byte[] picture;

    @Lob
    byte[] document;

    @Lob
    String notes;

    double ratio;

    @OneToMany
    @JoinColumn(name = "customer_ref")
    List<Address> addresses;
}
