package io.psm.migrate.graph.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mermaid's {@code flowchart BT}: the newest revisions on top, an arrow from each parent to its
 * child, dashed for {@code Depends On}; a node's text is its id with its tags, then its message.
 * Revisions with a state get the class of that state ({@code applied}, {@code pending},
 * {@code failed}, {@code running}), styled by a {@code classDef} each.
 */
final class MermaidGraph {

    private static final Map<String, String> STYLES = new LinkedHashMap<>();

    static {
        STYLES.put("applied", "fill:#c8e6c9,stroke:#2e7d32,color:#1b5e20");
        STYLES.put("pending", "fill:#ffffff,stroke:#757575,stroke-dasharray:4 3,color:#424242");
        STYLES.put("failed", "fill:#ffcdd2,stroke:#c62828,color:#b71c1c");
        STYLES.put("running", "fill:#fff3c4,stroke:#f9a825,color:#6d4c00");
    }

    private MermaidGraph() {
    }

    static String render(List<PictureNode> nodes) {
        StringBuilder text = new StringBuilder("flowchart BT\n");
        for (PictureNode node : nodes) {
            text.append("    ").append(nodeId(node.id())).append("[\"").append(escape(title(node)));
            if (!node.message().isEmpty()) {
                text.append("<br/>").append(escape(node.message()));
            }
            text.append("\"]\n");
        }
        for (PictureNode node : nodes) {
            node.parents().forEach(parent -> edge(text, parent, " --> ", node.id()));
            node.dependsOn().forEach(dependency -> edge(text, dependency, " -.-> ", node.id()));
        }
        Map<String, List<String>> byState = new LinkedHashMap<>();
        for (PictureNode node : nodes) {
            node.state().ifPresent(state -> byState.computeIfAbsent(state, s -> new ArrayList<>()).add(nodeId(node.id())));
        }
        byState.forEach((state, ids) -> {
            text.append("    classDef ").append(state).append(' ')
                    .append(STYLES.getOrDefault(state, "fill:#eeeeee,stroke:#616161")).append('\n');
            text.append("    class ").append(String.join(",", ids)).append(' ').append(state).append('\n');
        });
        return text.toString();
    }

    private static void edge(StringBuilder text, String from, String arrow, String to) {
        text.append("    ").append(nodeId(from)).append(arrow).append(nodeId(to)).append('\n');
    }

    private static String title(PictureNode node) {
        StringBuilder title = new StringBuilder(node.id());
        node.tags().forEach(tag -> title.append(" (").append(tag).append(')'));
        return title.toString();
    }

    /** A node id Mermaid cannot take for a keyword ({@code end}, {@code graph}): the revision id after {@code r_}. */
    private static String nodeId(String revision) {
        return "r_" + revision;
    }

    /** Text inside a quoted Mermaid label: quotes, angle brackets, ampersands and hashes as entity codes. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("#quot;");
                case '<' -> escaped.append("#lt;");
                case '>' -> escaped.append("#gt;");
                case '&' -> escaped.append("#amp;");
                case '#' -> escaped.append("#35;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
