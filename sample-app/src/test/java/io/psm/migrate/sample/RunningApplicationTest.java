package io.psm.migrate.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real server port over one database, as a browser or {@code curl}
 * sees it: the schema migrated on start-up, {@code /actuator/migrations}, {@code /actuator/health}
 * and the REST API. Each subclass supplies a fresh database with an {@link ApplicationDatabase}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class RunningApplicationTest {

    /** The newest revision, "Add phone field to User". */
    static final String PHONE_REVISION = "3f2a9c1b7d4e";

    /** The first revision, "Create users and notes". */
    static final String INITIAL_REVISION = "9b1c0e2d4f6a";

    @LocalServerPort
    private int port;

    private RestTestClient client;

    @BeforeEach
    void connect() {
        this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
    }

    @Test
    void migrationsEndpointShowsThePhoneRevisionCurrentAndNothingPending() {
        this.client.get().uri("/actuator/migrations").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.databases.default.current").isEqualTo(List.of(PHONE_REVISION))
                .jsonPath("$.databases.default.upToDate").isEqualTo(true)
                .jsonPath("$.databases.default.pending").isEmpty()
                .jsonPath("$.databases.default.history[0].revision").isEqualTo(PHONE_REVISION)
                .jsonPath("$.databases.default.history[0].message").isEqualTo("Add phone field to User")
                .jsonPath("$.databases.default.history[0].state").isEqualTo("applied")
                .jsonPath("$.databases.default.history[1].revision").isEqualTo(INITIAL_REVISION)
                .jsonPath("$.databases.default.history[1].state").isEqualTo("applied");
    }

    @Test
    void healthIsUpWithTheMigrationsComponentUp() {
        this.client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.migrations.status").isEqualTo("UP")
                .jsonPath("$.components.migrations.details.current[0]").isEqualTo(PHONE_REVISION);
    }

    @Test
    void userWithAPhoneIsCreatedReadUpdatedListedAndDeleted() {
        UserJson created = this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "ada", "email", "ada@example.com", "name", "Ada Lovelace",
                        "phone", "+44 20 7946 0000"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).matches(".*/api/users/\\d+"))
                .expectBody(UserJson.class).returnResult().getResponseBody();
        assertThat(created.phone()).isEqualTo("+44 20 7946 0000");
        String user = "/api/users/" + created.id();

        assertThat(this.client.get().uri(user).exchange().expectStatus().isOk()
                .expectBody(UserJson.class).returnResult().getResponseBody()).isEqualTo(created);

        this.client.put().uri(user).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "ada", "email", "ada@example.org", "phone", "+1 555-0100"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("ada@example.org")
                .jsonPath("$.phone").isEqualTo("+1 555-0100")
                .jsonPath("$.name").doesNotExist();

        this.client.get().uri("/api/users").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.username == 'ada')].phone").isEqualTo(List.of("+1 555-0100"));

        this.client.delete().uri(user).exchange().expectStatus().isNoContent();
        this.client.get().uri(user).exchange().expectStatus().isNotFound();
    }

    @Test
    void invalidUserIsRejectedWith400NamingEachFieldAtFault() {
        this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "", "email", "not-an-address", "phone", "call me maybe"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.username").isEqualTo("must not be blank")
                .jsonPath("$.errors.email").isEqualTo("must be a well-formed email address")
                .jsonPath("$.errors.phone").exists();
    }

    @Test
    void phoneLongerThanItsColumnIsRejectedWith400() {
        this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "grace", "email", "grace@example.com", "phone", "0".repeat(21)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.phone").isEqualTo("size must be between 0 and 20");
    }

    @Test
    void takenUsernameIsRejectedWith409() {
        Map<String, String> user = Map.of("username", "linus", "email", "linus@example.com");
        this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).body(user).exchange()
                .expectStatus().isCreated();

        this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).body(user).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.detail").isEqualTo("The username 'linus' is taken.");
    }

    @Test
    void notesBelongToTheirUserAndAreDeletedWithIt() {
        long userId = this.client.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "edsger", "email", "edsger@example.com")).exchange()
                .expectStatus().isCreated()
                .expectBody(UserJson.class).returnResult().getResponseBody().id();
        String notes = "/api/users/" + userId + "/notes";
        NoteJson note = this.client.post().uri(notes).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "GOTO", "body", "considered harmful")).exchange()
                .expectStatus().isCreated()
                .expectBody(NoteJson.class).returnResult().getResponseBody();
        assertThat(note.userId()).isEqualTo(userId);

        this.client.put().uri(notes + "/" + note.id()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Go To Statement Considered Harmful")).exchange()
                .expectStatus().isOk();
        this.client.get().uri(notes + "/" + note.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Go To Statement Considered Harmful")
                .jsonPath("$.body").doesNotExist();
        this.client.get().uri(notes).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].userId").isEqualTo(userId)
                .jsonPath("$.length()").isEqualTo(1);

        this.client.delete().uri("/api/users/" + userId).exchange().expectStatus().isNoContent();
        this.client.get().uri(notes).exchange().expectStatus().isNotFound();
        this.client.get().uri(notes + "/" + note.id()).exchange().expectStatus().isNotFound();
    }

    @Test
    void noteOfAMissingUserIsRejectedWith404() {
        this.client.post().uri("/api/users/999999/notes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Orphan")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("There is no user 999999.");
    }

    /** A user as the API answers it. */
    record UserJson(long id, String username, String email, String name, String phone, String createdAt) {
    }

    /** A note as the API answers it. */
    record NoteJson(long id, long userId, String title, String body, String createdAt) {
    }
}
