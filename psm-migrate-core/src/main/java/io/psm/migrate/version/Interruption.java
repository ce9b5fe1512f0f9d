package io.psm.migrate.version;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a step that did not complete stopped, as its history row records it: the file lines of its
 * statements that ran and stayed in the database, the line of the statement that failed (or was
 * running when the process stopped), and what the database said.
 *
 * @param ranLines the first lines of the statements that ran and were not rolled back, in order
 * @param atLine   the first line of the statement that failed or was running, if a statement did
 * @param error    the failure as the database (or the Java migration) reported it; empty for a
 *                 step that is still running
 */
public record Interruption(List<Integer> ranLines, OptionalInt atLine, Optional<String> error) {

    /** Checks the parts and copies the lines. */
    public Interruption {
        ranLines = List.copyOf(ranLines);
        Objects.requireNonNull(atLine, "atLine");
        Objects.requireNonNull(error, "error");
    }

    /** Whether any statement of the step stayed in the database. */
    public boolean leftChanges() {
        return !ranLines.isEmpty();
    }
}
