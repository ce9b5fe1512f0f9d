package io.psm.migrate.graph.render;

import java.util.List;
import java.util.Map;

/**
 * Graphviz's DOT: {@code rankdir=BT} puts the newest revisions on top; an edge from each parent to
 * its child, dashed for {@code Depends On}; boxes labelled with the id, its tags and the message,
 * filled by state where one is known.
 */
final class DotGraph {

    private static final Map<String, String> FILLS = Map.of("applied", "#c8e6c9", "pending", "#ffffff",
            "failed", "#ffcdd2", "running", "#fff3c4");

    private DotGraph() {
    }

    static String render(List<PictureNode> nodes) {
        StringBuilder text = new StringBuilder("digraph revisions {\n");
        text.append("    rankdir=BT;\n");
        text.append("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        for (PictureNode node : nodes) {
            StringBuilder label = new StringBuilder(node.id());
            node.tags().forEach(tag -> label.append(" (").append(tag).append(')'));
            if (!node.message().isEmpty()) {
                label.append('\n').append(node.message());
            }
            text.append("    ").append(quote(node.id())).append(" [label=").append(quote(label.toString()));
            node.state().ifPresent(state -> text.append(", fillcolor=").append(quote(FILLS.getOrDefault(state, "#eeeeee")))
                    .append(", tooltip=").append(quote(state)));
            text.append("];\n");
        }
        for (PictureNode node : nodes) {
            node.parents().forEach(parent -> text.append("    ").append(quote(parent)).append(" -> ")
                    .append(quote(node.id())).append(";\n"));
            node.dependsOn().forEach(dependency -> text.append("    ").append(quote(dependency)).append(" -> ")
                    .append(quote(node.id())).append(" [style=dashed];\n"));
        }
        return text.append("}\n").toString();
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
