package io.psm.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code revision} writes: the options of Alembic's {@code revision} command.
 *
 * @param message      the message, first line of the header and source of the file name's slug
 * @param directory    where the file goes
 * @param head         the revision(s) the new one revises: {@code head} (default), an id, or
 *                     {@code <label>@head}; {@code base} for a new root
 * @param splice       whether the head may be a revision that is not a head (starts a branch)
 * @param branchLabels branch labels for the new revision
 * @param dependsOn    revisions it depends on
 * @param revisionId   an explicit id instead of a random one
 * @param upgrade      the upgrade section's body, empty for a blank section
 * @param downgrade    the downgrade section's body, empty for a blank section
 */
public record RevisionSpec(
        String message,
        Path directory,
        String head,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        Optional<String> revisionId,
        String upgrade,
        String downgrade) {

    public RevisionSpec {
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        head = head == null ? "head" : head;
        upgrade = upgrade == null ? "" : upgrade;
        downgrade = downgrade == null ? "" : downgrade;
    }

    /** A plain revision on top of the single head, with empty sections. */
    public static RevisionSpec of(String message, Path directory) {
        return new RevisionSpec(message, directory, "head", false, List.of(), List.of(), Optional.empty(), "", "");
    }
}
