package io.psm.migrate.execute;

import java.util.Collections;
import java.util.HashMap;
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
        // Read at every start-up with a row per revision: a HashMap copy is cheaper to build than Map.copyOf.
        checksums = Collections.unmodifiableMap(new HashMap<>(checksums));
    }

    /** The state of a database that has neither table. */
    public static VersionState empty() {
        return new VersionState(List.of(), Map.of());
    }
}
