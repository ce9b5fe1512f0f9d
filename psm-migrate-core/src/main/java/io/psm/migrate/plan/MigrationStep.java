package io.psm.migrate.plan;

import io.psm.migrate.graph.RevisionNode;

import java.util.List;

/**
 * One step of a plan: run one revision in one direction, then change the version table.
 *
 * @param direction      upgrade or downgrade
 * @param revision       the revision run
 * @param versionChanges the version-table changes that go with it, in order
 */
public record MigrationStep(Direction direction, RevisionNode revision, List<VersionChange> versionChanges) {

    public MigrationStep {
        versionChanges = List.copyOf(versionChanges);
    }

    /** The revisions the step leaves: the parents when upgrading, the revision when downgrading. */
    public List<String> fromRevisions() {
        return direction == Direction.UPGRADE ? revision.downRevisions() : List.of(revision.id());
    }

    /** The revisions the step reaches: the revision when upgrading, the parents when downgrading. */
    public List<String> toRevisions() {
        return direction == Direction.UPGRADE ? List.of(revision.id()) : revision.downRevisions();
    }

    /**
     * The step as Alembic logs it: {@code upgrade  -> a, msg}, {@code upgrade b, c -> d, msg},
     * {@code downgrade a -> , msg}; without {@code , msg} when the message is empty.
     */
    public String describe() {
        String text = direction.word() + " " + String.join(", ", fromRevisions()) + " -> "
                + String.join(", ", toRevisions());
        return revision.message().isEmpty() ? text : text + ", " + revision.message();
    }
}
