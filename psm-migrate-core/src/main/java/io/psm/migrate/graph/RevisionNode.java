package io.psm.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it: its id, its parents and the other edges Alembic knows.
 *
 * @param id            the revision id, {@code [A-Za-z0-9_]{1,32}}
 * @param downRevisions the parent revisions ({@code Revises}); empty for a root, several for a merge
 * @param dependsOn     revisions that must be applied first without being parents ({@code Depends On})
 * @param branchLabels  labels that name the branch this revision starts or belongs to
 * @param message       the one-line message, empty when there is none
 * @param origin        where the revision comes from (a file path or class name), for error messages
 */
public record RevisionNode(
        String id,
        List<String> downRevisions,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String origin) {

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        origin = origin == null ? id : origin;
    }

    /** A revision with parents only, mostly for tests and generated graphs. */
    public static RevisionNode of(String id, String... downRevisions) {
        return new RevisionNode(id, List.of(downRevisions), List.of(), List.of(), "", id);
    }

    /**
     * Whether {@code candidate} is a well-formed revision id.
     *
     * @param candidate the text to check
     * @return true when it matches {@code [A-Za-z0-9_]{1,32}}
     */
    public static boolean isValidId(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 32) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** Whether this revision has no parents. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** Whether this revision merges several parents. */
    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
