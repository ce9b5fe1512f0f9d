package io.psm.migrate.script;

import io.psm.migrate.graph.RevisionNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded revision: its place in the graph and what it runs in each direction.
 *
 * @param revision      the graph node (id, parents, depends-on, branch labels, message, origin)
 * @param createDate    the {@code Create Date} header as written, if any
 * @param transactional whether the revision and its version-table update share one transaction
 * @param upgrade       what the upgrade runs
 * @param downgrade     what the downgrade runs; empty when the script has no downgrade section
 * @param checksum      SHA-256 of the normalized file (line endings and BOM ignored); empty for
 *                      Java migrations that declare none
 * @param location      where it was found: a file path, a classpath resource or a class name
 * @param replaces      the revisions a squash folded into this one ({@code Replaces:}); empty for
 *                      most revisions
 */
public record MigrationScript(
        RevisionNode revision,
        Optional<String> createDate,
        boolean transactional,
        ScriptBody upgrade,
        Optional<ScriptBody> downgrade,
        Optional<String> checksum,
        String location,
        List<String> replaces) {

    public MigrationScript {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(createDate, "createDate");
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(location, "location");
        replaces = List.copyOf(replaces);
    }

    /** A revision that replaces none, as nearly all are. */
    public MigrationScript(RevisionNode revision, Optional<String> createDate, boolean transactional, ScriptBody upgrade,
                           Optional<ScriptBody> downgrade, Optional<String> checksum, String location) {
        this(revision, createDate, transactional, upgrade, downgrade, checksum, location, List.of());
    }

    /** The revision id. */
    public String id() {
        return revision.id();
    }
}
