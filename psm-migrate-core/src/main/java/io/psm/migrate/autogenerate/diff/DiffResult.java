package io.psm.migrate.autogenerate.diff;

import java.util.List;

/**
 * What a comparison found.
 *
 * @param changes  the changes that bring the database to the model, in report order
 * @param warnings what the comparison saw but cannot turn into a change reliably (a possible rename,
 *                 a different default, check constraints, identity), one sentence each
 */
public record DiffResult(List<SchemaChange> changes, List<String> warnings) {

    public DiffResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** Whether the database already matches the model. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
