package io.psm.migrate.cli;

import io.psm.migrate.MigrateException;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.AppliedStep;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.jdbc.Scratch;
import io.psm.migrate.script.MigrationScript;

import java.util.List;
import java.util.function.Supplier;

/**
 * One revision's round trip for {@code verify}: upgrade, downgrade one step, upgrade again. When
 * each move ran exactly that revision, the schema after the downgrade must equal the schema before
 * the upgrade, and the schema after the second upgrade the one after the first.
 */
final class RoundTrip {

    private final PsmMigrate migrate;
    private final Scratch scratch;

    RoundTrip(PsmMigrate migrate, Scratch scratch) {
        this.migrate = migrate;
        this.scratch = scratch;
    }

    /** Creates the engine's tables (an upgrade to base runs nothing), so snapshots compare like with like. */
    void start() {
        migrate.upgrade("base");
    }

    /**
     * Runs the round trip of one revision whose parents are applied.
     *
     * @throws RoundTripFailure naming the revision, its file and what went wrong
     */
    void verify(RevisionNode revision) {
        SchemaSnapshot before = snapshot();
        List<AppliedStep> up = run(revision, "its upgrade failed", () -> migrate.upgrade(revision.id()));
        SchemaSnapshot upgraded = snapshot();
        List<AppliedStep> down = run(revision, "its downgrade failed", () -> migrate.downgrade(downgradeTarget(revision)));
        boolean alone = up.size() == 1 && down.size() == 1;
        compare(revision, alone, before, "after its downgrade the schema differs from before its upgrade");
        run(revision, "its second upgrade failed", () -> migrate.upgrade(revision.id()));
        compare(revision, alone, upgraded, "after its second upgrade the schema differs from after its first");
    }

    /**
     * One step down from a revision that was just applied: {@code <rev>@-1} walks down its own
     * branch only; a merge goes down to its first parent, which leaves the others current.
     */
    private static String downgradeTarget(RevisionNode revision) {
        return revision.isMergePoint() ? revision.downRevisions().get(0) : revision.id() + "@-1";
    }

    private void compare(RevisionNode revision, boolean alone, SchemaSnapshot expected, String problem) {
        if (!alone) {
            return;
        }
        List<String> differences = snapshot().differencesFrom(expected);
        if (!differences.isEmpty()) {
            throw new RoundTripFailure(revision.id(), location(revision), problem + ": " + String.join(", ", differences), null);
        }
    }

    private List<AppliedStep> run(RevisionNode revision, String problem, Supplier<List<AppliedStep>> move) {
        try {
            return move.get();
        } catch (MigrateException e) {
            throw new RoundTripFailure(revision.id(), location(revision), problem + ": " + e.getMessage(), e);
        }
    }

    /** What the scratch holds now. */
    private SchemaSnapshot snapshot() {
        return SchemaSnapshot.read(scratch.dataSource(), scratch.schema().orElse(null));
    }

    private String location(RevisionNode revision) {
        return migrate.scripts().stream().filter(script -> script.id().equals(revision.id()))
                .map(MigrationScript::location).findFirst().orElse(revision.origin());
    }
}
