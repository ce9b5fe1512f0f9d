package io.psm.migrate.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whether a Docker engine may answer, judged without asking Testcontainers (which logs a failed
 * search as a screenful of ERROR lines): {@code DOCKER_HOST} or a Testcontainers configuration is
 * set, a known engine socket exists, or the platform (Windows) uses a named pipe that cannot be
 * seen as a file.
 */
final class DockerEngine {

    private DockerEngine() {
    }

    static boolean mayBePresent() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows")
                || present(System.getenv("DOCKER_HOST")) || present(System.getenv("TESTCONTAINERS_HOST_OVERRIDE"))) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home", ""));
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return Stream.of(Path.of("/var/run/docker.sock"), home.resolve(".testcontainers.properties"),
                        home.resolve(".docker/run/docker.sock"), home.resolve(".docker/desktop/docker.sock"),
                        home.resolve(".colima/default/docker.sock"), home.resolve(".rd/docker.sock"),
                        present(runtime) ? Path.of(runtime, "docker.sock") : null,
                        present(runtime) ? Path.of(runtime, "podman/podman.sock") : null)
                .filter(Objects::nonNull).anyMatch(Files::exists);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
