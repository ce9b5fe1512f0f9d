package io.psm.migrate.boot.command.blog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A web endpoint over the service: a {@code db} command starts no web server for it. */
@RestController
public class PostController {

    private final PostService service;

    PostController(PostService service) {
        this.service = service;
    }

    /** How many posts there are. */
    @GetMapping("/posts/count")
    public long count() {
        return this.service.posts();
    }
}
