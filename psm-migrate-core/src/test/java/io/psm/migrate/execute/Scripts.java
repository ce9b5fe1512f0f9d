package io.psm.migrate.execute;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hand-built scripts and plans for executor tests: a linear chain of revisions, planned the way
 * the real planner plans a chain (insert from base, then update).
 */
final class Scripts {

    /** The file line at which a fixture's upgrade section starts (after a 7-line header). */
    static final int UPGRADE_LINE = 8;

    private Scripts() {
    }

    /** A transactional SQL revision with upgrade and downgrade sections. */
    static MigrationScript sql(String id, String parent, String upgrade, String downgrade) {
        return sql(id, parent, upgrade, Optional.of(downgrade), true);
    }

    /** A transactional SQL revision without a downgrade section. */
    static MigrationScript sqlWithoutDowngrade(String id, String parent, String upgrade) {
        return sql(id, parent, upgrade, Optional.empty(), true);
    }

    /** A {@code Transactional: false} SQL revision. */
    static MigrationScript nonTransactionalSql(String id, String parent, String upgrade, String downgrade) {
        return sql(id, parent, upgrade, Optional.of(downgrade), false);
    }

    private static MigrationScript sql(String id, String parent, String upgrade, Optional<String> downgrade,
            boolean transactional) {
        String location = location(id);
        int downgradeLine = UPGRADE_LINE + (int) upgrade.lines().count() + 1;
        return new MigrationScript(node(id, parent), Optional.empty(), transactional,
                new ScriptBody.SqlBody(upgrade, UPGRADE_LINE, location),
                downgrade.map(sql -> new ScriptBody.SqlBody(sql, downgradeLine, location)),
                Optional.of("sha256:" + id), location);
    }

    /** A Java revision. */
    static MigrationScript java(String id, String parent, ScriptBody.JavaAction upgrade) {
        String className = "db.migrations.Migration_" + id;
        return new MigrationScript(node(id, parent), Optional.empty(), true,
                new ScriptBody.JavaBody(className, upgrade),
                Optional.of(new ScriptBody.JavaBody(className, context -> { })), Optional.empty(), className);
    }

    static String location(String id) {
        return "db/migrations/" + id + "_test.sql";
    }

    private static RevisionNode node(String id, String parent) {
        List<String> parents = parent == null ? List.of() : List.of(parent);
        return new RevisionNode(id, parents, List.of(), List.of(), "Revision " + id, location(id));
    }

    /** Plans an upgrade of a chain from whatever head the state has to the chain's last revision. */
    static Function<VersionState, MigrationPlan> upgradeToHead(List<MigrationScript> chain) {
        return state -> {
            int next = state.heads().isEmpty() ? 0 : indexOf(chain, state.heads().get(0)) + 1;
            List<MigrationStep> steps = new ArrayList<>();
            String previous = next == 0 ? null : chain.get(next - 1).id();
            for (MigrationScript script : chain.subList(next, chain.size())) {
                VersionChange change = previous == null ? new VersionChange.Insert(script.id())
                        : new VersionChange.Update(previous, script.id());
                steps.add(new MigrationStep(Direction.UPGRADE, script.revision(), List.of(change)));
                previous = script.id();
            }
            return new MigrationPlan(state.heads(), steps, previous == null ? List.of() : List.of(previous));
        };
    }

    /** Plans a downgrade of a chain from whatever head the state has to base. */
    static Function<VersionState, MigrationPlan> downgradeToBase(List<MigrationScript> chain) {
        return state -> {
            int last = state.heads().isEmpty() ? -1 : indexOf(chain, state.heads().get(0));
            List<MigrationStep> steps = new ArrayList<>();
            for (int i = last; i >= 0; i--) {
                String id = chain.get(i).id();
                VersionChange change = i == 0 ? new VersionChange.Delete(id)
                        : new VersionChange.Update(id, chain.get(i - 1).id());
                steps.add(new MigrationStep(Direction.DOWNGRADE, chain.get(i).revision(), List.of(change)));
            }
            return new MigrationPlan(state.heads(), steps, List.of());
        };
    }

    private static int indexOf(List<MigrationScript> chain, String id) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not in the chain: " + id);
    }
}
