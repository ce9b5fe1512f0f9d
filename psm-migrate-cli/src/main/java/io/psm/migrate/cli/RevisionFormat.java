package io.psm.migrate.cli;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.MigrationScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions printed exactly as Alembic's {@code Script.cmd_format} prints them: one line
 * ({@code a, b -> c (label) (head) (mergepoint), message}) or, verbose, a {@code Rev:} block.
 */
final class RevisionFormat {

    /** The optional parts of a one-line revision. */
    enum Part {
        /** {@code (label)} after the id. */
        BRANCHES,
        /** {@code , message} at the end. */
        DOC,
        /** {@code parents ->} before the id. */
        PARENTS,
        /** {@code (branchpoint)} and {@code (mergepoint)}. */
        TREE
    }

    /** How much to print of each revision. */
    enum Detail { LINE, VERBOSE }

    private static final String BASE = "<base>";

    private final GraphView graph;
    private final Set<String> current;
    private final Map<String, String> attempts;

    /**
     * @param graph   every loaded script
     * @param current the revisions to mark {@code (current)}; empty to mark none
     */
    RevisionFormat(GraphView graph, Set<String> current) {
        this(graph, current, Map.of());
    }

    /**
     * @param graph    every loaded script
     * @param current  the revisions to mark {@code (current)}; empty to mark none
     * @param attempts the revisions whose last attempt failed or never ended, with the mark's word
     *                 ({@code failed}, {@code running})
     */
    RevisionFormat(GraphView graph, Set<String> current, Map<String, String> attempts) {
        this.graph = graph;
        this.current = Set.copyOf(current);
        this.attempts = Map.copyOf(attempts);
    }

    /** The revision as Alembic's {@code cmd_format}: a {@link #line} or, verbose, a {@link #logEntry}. */
    String format(RevisionNode revision, Detail detail, Set<Part> parts) {
        return detail == Detail.VERBOSE ? logEntry(revision) : line(revision, parts);
    }

    /** One line, as Alembic's {@code _head_only}. */
    String line(RevisionNode revision, Set<Part> parts) {
        StringBuilder text = new StringBuilder();
        if (parts.contains(Part.PARENTS)) {
            text.append(parents(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        Set<String> labels = graph.branchLabels(revision.id());
        if (parts.contains(Part.BRANCHES) && !labels.isEmpty()) {
            text.append(" (").append(String.join(", ", labels)).append(')');
        }
        text.append(headIndicators(revision.id()));
        if (parts.contains(Part.TREE)) {
            text.append(treeIndicators(revision));
        }
        if (parts.contains(Part.DOC) && !revision.message().isEmpty()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /** The verbose block, as Alembic's {@code log_entry}; it ends with a line break. */
    String logEntry(RevisionNode revision) {
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id());
        entry.append(graph.isHead(revision.id()) ? " (head)" : "");
        entry.append(treeIndicators(revision));
        entry.append(current.contains(revision.id()) ? " (current)" : "").append(attemptIndicator(revision.id()))
                .append('\n');
        entry.append(revision.isMergePoint() ? "Merges: " : "Parent: ").append(parents(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (graph.isBranchPoint(revision.id())) {
            entry.append("Branches into: ").append(String.join(", ", graph.nextRevisions(revision.id()))).append('\n');
        }
        Set<String> labels = graph.branchLabels(revision.id());
        if (!labels.isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", labels)).append('\n');
        }
        entry.append("Path: ").append(path(revision)).append('\n');
        entry.append('\n');
        for (String line : header(revision)) {
            entry.append("    ").append(line).append('\n');
        }
        return entry.toString();
    }

    /**
     * What {@link #line} says in parentheses after the id, in its order: the branch labels (one tag), {@code head}
     * or {@code effective head}, {@code current}, {@code branchpoint}, {@code mergepoint}.
     */
    List<String> tags(RevisionNode revision) {
        List<String> tags = new ArrayList<>();
        String id = revision.id();
        Set<String> labels = graph.branchLabels(id);
        if (!labels.isEmpty()) {
            tags.add(String.join(", ", labels));
        }
        if (graph.isRealHead(id)) {
            tags.add("head");
        } else if (graph.isHead(id)) {
            tags.add("effective head");
        }
        if (current.contains(id)) {
            tags.add("current");
        }
        if (graph.isBranchPoint(id)) {
            tags.add("branchpoint");
        }
        if (revision.isMergePoint()) {
            tags.add("mergepoint");
        }
        return tags;
    }

    private String headIndicators(String id) {
        String head = graph.isRealHead(id) ? " (head)" : graph.isHead(id) ? " (effective head)" : "";
        return head + (current.contains(id) ? " (current)" : "") + attemptIndicator(id);
    }

    private String attemptIndicator(String id) {
        String word = attempts.get(id);
        return word == null ? "" : " (" + word + ")";
    }

    private String treeIndicators(RevisionNode revision) {
        return (graph.isBranchPoint(revision.id()) ? " (branchpoint)" : "")
                + (revision.isMergePoint() ? " (mergepoint)" : "");
    }

    private static String parents(RevisionNode revision) {
        return revision.isBase() ? BASE : String.join(", ", revision.downRevisions());
    }

    private String path(RevisionNode revision) {
        return graph.script(revision.id()).map(MigrationScript::location).orElse(revision.origin());
    }

    /** The script's header comment, as Alembic shows a script's docstring. */
    private List<String> header(RevisionNode revision) {
        List<String> lines = new ArrayList<>();
        if (!revision.message().isEmpty()) {
            lines.add(revision.message());
            lines.add("");
        }
        lines.add("Revision ID: " + revision.id());
        lines.add("Revises: " + String.join(", ", revision.downRevisions()));
        graph.script(revision.id()).flatMap(MigrationScript::createDate)
                .ifPresent(date -> lines.add("Create Date: " + date));
        return lines;
    }
}
