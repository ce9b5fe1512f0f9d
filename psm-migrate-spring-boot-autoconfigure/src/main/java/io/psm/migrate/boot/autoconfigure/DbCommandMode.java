package io.psm.migrate.boot.autoconfigure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Present as a bean while the application runs a {@code db} command ({@code java -jar app.jar db
 * upgrade}) instead of starting: the start-up migration then backs off, since the command is what
 * touches the database.
 *
 * @param instance  the instance the command works on ({@code db -n audit ...}), or empty for the default
 * @param arguments the command and its arguments, as the command line gives them
 */
public record DbCommandMode(Optional<String> instance, List<String> arguments) {

    /** Copies the arguments. */
    public DbCommandMode {
        Objects.requireNonNull(instance, "instance");
        arguments = List.copyOf(arguments);
    }
}
