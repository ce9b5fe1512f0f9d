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
 * @param replaces     ids of the revisions a squash folded into this one ({@code Replaces:})
 * @param notes        further header lines, free text after the keys (where an import came from)
 * @param dating       whether the header carries a {@code Create Date}
 * @param upgradeSql   the upgrade section's statements, empty for none
 * @param downgrade    the downgrade section
 */
public record NewRevision(
        String message,
        List<String> parents,
        Optional<String> revisionId,
        List<String> branchLabels,
        List<String> dependsOn,
        List<String> replaces,
        List<String> notes,
        Dating dating,
        String upgradeSql,
        Downgrade downgrade) {

    /** Whether a new script's header says when it was written. */
    public enum Dating {
        /** {@code Create Date:} from the writer's clock, as Alembic writes it. */
        DATED,
        /** No {@code Create Date:}, so that writing the same revision again gives the same file. */
        UNDATED
    }

    /**
     * The downgrade section of a new script.
     *
     * @param sql    its statements, empty for a section that runs nothing
     * @param absent why the script has no downgrade section at all, written as a comment where the
     *               section would be; empty when it has one
     */
    public record Downgrade(String sql, Optional<String> absent) {

        /** A {@code null} body counts as empty. */
        public Downgrade {
            sql = sql == null ? "" : sql;
            Objects.requireNonNull(absent, "absent");
        }

        /** A section with these statements. */
        public static Downgrade of(String sql) {
            return new Downgrade(sql, Optional.empty());
        }

        /** No section, so the revision cannot be downgraded; {@code reason} says why, in the file. */
        public static Downgrade none(String reason) {
            return new Downgrade("", Optional.of(reason));
        }
    }

    /** Copies the lists; a {@code null} message or body counts as empty. */
    public NewRevision {
        message = message == null ? "" : message;
        parents = List.copyOf(parents);
        Objects.requireNonNull(revisionId, "revisionId");
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        replaces = List.copyOf(replaces);
        notes = List.copyOf(notes);
        Objects.requireNonNull(dating, "dating");
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        Objects.requireNonNull(downgrade, "downgrade");
    }

    /**
     * A dated revision with a message and parents, a random id, and empty sections.
     *
     * @param message the message
     * @param parents the parent ids; empty for a root
     * @return the revision
     */
    public static NewRevision of(String message, List<String> parents) {
        return new NewRevision(message, parents, Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                Dating.DATED, "", Downgrade.of(""));
    }

    /**
     * This revision with a chosen id ({@code --rev-id}) instead of a random one.
     *
     * @param id the id; the writer checks it
     * @return a copy with the id
     */
    public NewRevision withRevisionId(String id) {
        return new NewRevision(message, parents, Optional.of(id), branchLabels, dependsOn, replaces, notes, dating,
                upgradeSql, downgrade);
    }

    /**
     * This revision with branch labels ({@code --branch-label}).
     *
     * @param labels the labels
     * @return a copy with the labels
     */
    public NewRevision withBranchLabels(List<String> labels) {
        return new NewRevision(message, parents, revisionId, labels, dependsOn, replaces, notes, dating, upgradeSql,
                downgrade);
    }

    /**
     * This revision with dependencies ({@code --depends-on}).
     *
     * @param ids the ids of the revisions it depends on
     * @return a copy with the dependencies
     */
    public NewRevision withDependsOn(List<String> ids) {
        return new NewRevision(message, parents, revisionId, branchLabels, ids, replaces, notes, dating, upgradeSql,
                downgrade);
    }

    /**
     * This revision as the squash of others ({@code Replaces:}).
     *
     * @param ids the ids it replaces
     * @return a copy that lists them
     */
    public NewRevision withReplaces(List<String> ids) {
        return new NewRevision(message, parents, revisionId, branchLabels, dependsOn, ids, notes, dating, upgradeSql,
                downgrade);
    }

    /**
     * This revision with free header lines after the keys, and with or without a {@code Create Date}.
     *
     * @param lines  the lines, without {@code --}
     * @param dating whether to write a {@code Create Date}
     * @return a copy with the lines
     */
    public NewRevision withNotes(List<String> lines, Dating dating) {
        return new NewRevision(message, parents, revisionId, branchLabels, dependsOn, replaces, lines, dating,
                upgradeSql, downgrade);
    }

    /**
     * This revision with upgrade and downgrade statements, such as autogenerate writes.
     *
     * @param upgrade   the upgrade section's statements
     * @param downgrade the downgrade section's statements
     * @return a copy with the statements
     */
    public NewRevision withSql(String upgrade, String downgrade) {
        return withSql(upgrade, Downgrade.of(downgrade));
    }

    /**
     * This revision with an upgrade section and a downgrade section, or none.
     *
     * @param upgrade   the upgrade section's statements
     * @param downgrade the downgrade section
     * @return a copy with the sections
     */
    public NewRevision withSql(String upgrade, Downgrade downgrade) {
        return new NewRevision(message, parents, revisionId, branchLabels, dependsOn, replaces, notes, dating, upgrade,
                downgrade);
    }
}
