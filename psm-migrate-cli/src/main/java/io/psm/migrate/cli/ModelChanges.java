package io.psm.migrate.cli;

import java.util.List;
import java.util.Objects;

/**
 * What autogenerate found: one description per difference between the model and the database,
 * and the SQL of a revision that applies and reverts them.
 *
 * @param changes   one line per change, as printed after {@code Detected }: {@code added table 'users'}
 * @param upgrade   the upgrade section's SQL
 * @param downgrade the downgrade section's SQL
 */
public record ModelChanges(List<String> changes, String upgrade, String downgrade) {

    public ModelChanges {
        changes = List.copyOf(changes);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }

    /** No changes: the model and the database agree. */
    public static ModelChanges none() {
        return new ModelChanges(List.of(), "", "");
    }

    /** Whether the model and the database agree. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
