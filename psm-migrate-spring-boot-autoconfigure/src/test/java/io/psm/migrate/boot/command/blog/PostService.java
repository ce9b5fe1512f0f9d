package io.psm.migrate.boot.command.blog;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * A service that asks to be created eagerly and needs JPA, as application services do: a
 * {@code db} command must start without creating it.
 */
@Service
@Lazy(false)
public class PostService {

    private final long posts;

    /** Counts the posts as soon as it exists. */
    public PostService(PostRepository posts) {
        this.posts = posts.count();
    }

    /** How many posts there were when the service was created. */
    public long posts() {
        return this.posts;
    }
}
