package io.psm.migrate.script;

import io.psm.migrate.MigrateException;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A migration script that cannot be read or parsed; the message names the file and line.
 *
 * <p>Where the fault is known precisely, {@link #location()} and {@link #line()} carry it, so tools
 * can point at it without parsing the message.
 */
public class ScriptException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;

    /**
     * A failure described by its message alone.
     *
     * @param message what is wrong, naming the file
     */
    public ScriptException(String message) {
        this(message, null, 0, null);
    }

    /**
     * A failure described by its message alone, with its cause.
     *
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure
     */
    public ScriptException(String message, Throwable cause) {
        this(message, null, 0, cause);
    }

    /**
     * A failure at a known line of a known file; the message reads {@code <location> line <n>: <problem>}.
     *
     * @param location the file or resource
     * @param line     the 1-based line of the fault
     * @param problem  what is wrong there
     */
    public ScriptException(String location, int line, String problem) {
        this(location + " line " + line + ": " + problem, location, line, null);
    }

    /**
     * A failure of a whole file; the message reads {@code <location>: <problem>}.
     *
     * @param location the file or resource
     * @param problem  what is wrong with it
     * @param cause    the underlying failure, or {@code null}
     */
    public ScriptException(String location, String problem, Throwable cause) {
        this(location + ": " + problem, location, 0, cause);
    }

    private ScriptException(String message, String location, int line, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.line = line;
    }

    /**
     * The file, resource or class at fault, when known.
     *
     * @return the location as it appears in the message
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /**
     * The 1-based line at fault, when known.
     *
     * @return the line
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
