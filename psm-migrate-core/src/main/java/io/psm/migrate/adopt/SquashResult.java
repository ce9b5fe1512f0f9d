package io.psm.migrate.adopt;

import java.nio.file.Path;
import java.util.List;

/**
 * What a squash did.
 *
 * @param revision the id of the new revision (B's)
 * @param file     the file written
 * @param removed  the files of the replaced revisions and of B's old script, removed
 * @param replaces the ids the new revision replaces, oldest first
 * @param warnings what to check by hand, one sentence each
 */
public record SquashResult(String revision, Path file, List<Path> removed, List<String> replaces,
                           List<String> warnings) {

    /** Copies the lists. */
    public SquashResult {
        removed = List.copyOf(removed);
        replaces = List.copyOf(replaces);
        warnings = List.copyOf(warnings);
    }
}
