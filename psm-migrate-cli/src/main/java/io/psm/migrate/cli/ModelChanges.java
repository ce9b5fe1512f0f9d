package io.psm.migrate.cli;

import java.util.List;
import java.util.Objects;

/**
 * What autogenerate found: one report line per difference between the model and the database,
 * what it could not decide, and the SQL of a revision that applies and reverts the differences.
 *
 * @param changes   one line per change, as printed: {@code Detected added column 'users.phone'}
 * @param warnings  what was seen but not turned into SQL, or needs review (a possible rename, a type
 *                  change that may lose data), one sentence each; the upgrade section repeats them
 *                  as {@code -- } comments
 * @param upgrade   the upgrade section's SQL
 * @param downgrade the downgrade section's SQL
 */
public record ModelChanges(List<String> changes, List<String> warnings, String upgrade, String downgrade) {

    public ModelChanges {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }

    /** No changes and nothing to warn about: the model and the database agree. */
    public static ModelChanges none() {
        return new ModelChanges(List.of(), List.of(), "", "");
    }

    /** Whether the model and the database agree: there is nothing to write (warnings aside). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
