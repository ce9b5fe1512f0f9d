package io.psm.migrate.execute;

import java.util.List;
import java.util.Objects;

/**
 * An applied revision whose script changed, and the checksum to record for it from now on
 * ({@code repair}).
 *
 * @param revision      the revision
 * @param downRevisions its parents, for the history row
 * @param checksum      the script's checksum now
 */
public record AcceptedChecksum(String revision, List<String> downRevisions, String checksum) {

    /** Checks the parts and copies the parents. */
    public AcceptedChecksum {
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        Objects.requireNonNull(checksum, "checksum");
    }
}
