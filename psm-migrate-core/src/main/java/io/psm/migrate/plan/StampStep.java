package io.psm.migrate.plan;

import java.util.List;
import java.util.Objects;

/**
 * One movement of a stamp (Alembic's {@code StampStep}): version-table rows moved from some
 * revisions to others without running anything.
 *
 * @param direction      upgrade when the rows move up the graph (or a new branch starts),
 *                       downgrade when they move down (or a branch goes back to base)
 * @param from           the rows the step leaves; empty for a new branch
 * @param to             the revision the step reaches; empty for base
 * @param versionChanges the version-table changes, in order
 */
public record StampStep(Direction direction, List<String> from, List<String> to, List<VersionChange> versionChanges) {

    public StampStep {
        Objects.requireNonNull(direction, "direction");
        from = List.copyOf(from);
        to = List.copyOf(to);
        versionChanges = List.copyOf(versionChanges);
    }

    /** The step as Alembic logs it: {@code stamp_revision a -> b}, {@code stamp_revision  -> a}. */
    public String describe() {
        return "stamp_revision " + String.join(", ", from) + " -> " + String.join(", ", to);
    }
}
