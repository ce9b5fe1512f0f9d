package io.psm.migrate.boot.command.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A post by a user: a foreign key and an index. */
@Entity
@Table(name = "posts", indexes = @Index(name = "ix_posts_title", columnList = "title"))
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_posts_author"))
    private User author;

    @Column(nullable = false, length = 200)
    private String title;

    private Integer likes;

    /** The post's author. */
    public User getAuthor() {
        return this.author;
    }
}
