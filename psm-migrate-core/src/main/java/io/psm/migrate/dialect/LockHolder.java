package io.psm.migrate.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * The session that holds a migration lock, as the database describes it, and what the person
 * waiting can do about it.
 *
 * @param description the session for people: its id, user, client, since when and what it is doing
 * @param release     how to end that session by hand, when its process is gone and the database
 *                    cannot tell by itself ({@code SELECT pg_terminate_backend(4242)}); empty where there is nothing to do
 */
record LockHolder(String description, Optional<String> release) {

    LockHolder {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(release, "release");
    }
}
