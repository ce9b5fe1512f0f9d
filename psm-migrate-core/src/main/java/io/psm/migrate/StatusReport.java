package io.psm.migrate;

import io.psm.migrate.execute.DatabaseState;
import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.MigrationPlanner;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.HistoryState;
import io.psm.migrate.version.UnfinishedSteps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link MigrationStatus} from the graph and a database's state. */
final class StatusReport {

    private StatusReport() {
    }

    /**
     * @param graph   the revision graph
     * @param planner its planner
     * @param state   the database's heads and history
     * @param target  what counts as up to date ({@code head}, {@code heads}, ...)
     * @return the status
     */
    static MigrationStatus of(RevisionGraph graph, MigrationPlanner planner, DatabaseState state, String target) {
        List<String> pending = planner.upgrade(state.heads(), target).steps().stream()
                .map(MigrationStep::revision)
                .map(RevisionNode::id)
                .toList();
        Set<String> applied = graph.ancestors(state.heads());
        Map<String, HistoryEntry> lastUpgrades = lastUpgrades(state.history());
        Map<String, HistoryEntry> unfinished = new HashMap<>();
        UnfinishedSteps.of(state.history()).forEach(attempt -> unfinished.put(attempt.revision(), attempt));
        List<RevisionStatus> revisions = new ArrayList<>();
        for (RevisionNode node : graph.history()) {
            boolean isApplied = applied.contains(node.id());
            Optional<HistoryEntry> entry = isApplied ? Optional.ofNullable(lastUpgrades.get(node.id())) : Optional.empty();
            Optional<HistoryEntry> attempt = Optional.ofNullable(unfinished.get(node.id()));
            revisions.add(new RevisionStatus(node.id(), node.downRevisions(), node.message(), node.branchLabels(),
                    attempt.map(StatusReport::state)
                            .orElse(isApplied ? RevisionStatus.State.APPLIED : RevisionStatus.State.PENDING),
                    entry.map(HistoryEntry::appliedAt),
                    entry.map(e -> e.executionTime().toMillis()),
                    entry.flatMap(HistoryEntry::checksum),
                    attempt));
        }
        return new MigrationStatus(state.heads(), graph.heads(), pending, revisions);
    }

    private static RevisionStatus.State state(HistoryEntry attempt) {
        return attempt.state() == HistoryState.RUNNING ? RevisionStatus.State.RUNNING : RevisionStatus.State.FAILED;
    }

    private static Map<String, HistoryEntry> lastUpgrades(List<HistoryEntry> history) {
        Map<String, HistoryEntry> last = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.success() && entry.action() == HistoryAction.UPGRADE) {
                last.put(entry.revision(), entry);
            }
        }
        return last;
    }
}
