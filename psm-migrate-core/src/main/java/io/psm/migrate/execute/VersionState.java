package io.psm.migrate.execute;

import java.util.List;
import java.util.Map;

/**
 * What a migration run needs to know of a database, read from its version and history tables:
 * cheaper than the whole {@link DatabaseState}, since it runs at every start-up.
 *
 * @param heads     the version table's rows, sorted; empty for a new database
 * @param checksums for each revision whose latest successful upgrade recorded a checksum, that
 *                  checksum
 */
public record VersionState(List<String> heads, Map<String, String> checksums) {

    /** Copies both. */
    public VersionState {
        heads = List.copyOf(heads);
        checksums = Map.copyOf(checksums);
    }

    /** The state of a database that has neither table. */
    public static VersionState empty() {
        return new VersionState(List.of(), Map.of());
    }
}
