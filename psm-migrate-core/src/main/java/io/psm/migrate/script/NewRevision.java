package io.psm.migrate.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ScriptWriter} writes: a new revision's header fields and section bodies.
 *
 * <p>Start from {@link #of(String, List)} and add the optional parts with the {@code with…} methods.
 * The parents are revision ids; resolving {@code head} or {@code --splice} to ids is the caller's job.
 *
 * @param message      the one-line message, also the source of the file name's slug
 * @param parents      the ids the revision revises: none for a root, several for a merge
 * @param revisionId   the id to use, or empty for 12 random hex digits
 * @param branchLabels branch labels the revision carries
 * @param dependsOn    ids of revisions it depends on
 * @param upgradeSql   the upgrade section's statements, empty for none
 * @param downgradeSql the downgrade section's statements, empty for none
 */
public record NewRevision(
        String message,
        List<String> parents,
        Optional<String> revisionId,
        List<String> branchLabels,
        List<String> dependsOn,
        String upgradeSql,
        String downgradeSql) {

    /** Copies the lists; a {@code null} message or body counts as empty. */
    public NewRevision {
        message = message == null ? "" : message;
        parents = List.copyOf(parents);
        Objects.requireNonNull(revisionId, "revisionId");
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }

    /**
     * A revision with a message and parents, a random id, and empty sections.
     *
     * @param message the message
     * @param parents the parent ids; empty for a root
     * @return the revision
     */
    public static NewRevision of(String message, List<String> parents) {
        return new NewRevision(message, parents, Optional.empty(), List.of(), List.of(), "", "");
    }

    /**
     * This revision with a chosen id ({@code --rev-id}) instead of a random one.
     *
     * @param id the id; the writer checks it
     * @return a copy with the id
     */
    public NewRevision withRevisionId(String id) {
        return new NewRevision(message, parents, Optional.of(id), branchLabels, dependsOn, upgradeSql, downgradeSql);
    }

    /**
     * This revision with branch labels ({@code --branch-label}).
     *
     * @param labels the labels
     * @return a copy with the labels
     */
    public NewRevision withBranchLabels(List<String> labels) {
        return new NewRevision(message, parents, revisionId, labels, dependsOn, upgradeSql, downgradeSql);
    }

    /**
     * This revision with dependencies ({@code --depends-on}).
     *
     * @param ids the ids of the revisions it depends on
     * @return a copy with the dependencies
     */
    public NewRevision withDependsOn(List<String> ids) {
        return new NewRevision(message, parents, revisionId, branchLabels, ids, upgradeSql, downgradeSql);
    }

    /**
     * This revision with upgrade and downgrade statements, such as autogenerate writes.
     *
     * @param upgrade   the upgrade section's statements
     * @param downgrade the downgrade section's statements
     * @return a copy with the statements
     */
    public NewRevision withSql(String upgrade, String downgrade) {
        return new NewRevision(message, parents, revisionId, branchLabels, dependsOn, upgrade, downgrade);
    }
}
