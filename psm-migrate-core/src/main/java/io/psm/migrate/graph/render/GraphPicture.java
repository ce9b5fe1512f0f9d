package io.psm.migrate.graph.render;

import java.util.List;

/**
 * A revision graph to draw, newest revision first (children before their parents, as
 * {@code history} lists them).
 *
 * <pre>{@code
 * GraphPicture picture = GraphPicture.of(nodes);
 * picture.terminal().forEach(System.out::println);   // like git log --graph
 * String mermaid = picture.render(PictureFormat.MERMAID);
 * }</pre>
 *
 * <p>Immutable and thread-safe; rendering is pure and deterministic.
 *
 * @param nodes the revisions, children before parents
 */
public record GraphPicture(List<PictureNode> nodes) {

    /** Copies the nodes. */
    public GraphPicture {
        nodes = List.copyOf(nodes);
    }

    /**
     * A picture of these revisions.
     *
     * @param newestFirst the revisions, children before parents
     * @return the picture
     */
    public static GraphPicture of(List<PictureNode> newestFirst) {
        return new GraphPicture(newestFirst);
    }

    /**
     * The graph drawn in text, one revision a line with {@code *} in its lane, {@code |} for the
     * lanes beside it, {@code \} where a merge opens a lane for a further parent and {@code /} where
     * lanes join at a branch point, as {@code git log --graph} draws commits.
     *
     * @return the lines, without line breaks
     */
    public List<String> terminal() {
        return new TerminalGraph().draw(nodes);
    }

    /**
     * The graph in a text format that another tool draws.
     *
     * @param format Mermaid or DOT
     * @return the text, ending with a line break
     */
    public String render(PictureFormat format) {
        return switch (format) {
            case MERMAID -> MermaidGraph.render(nodes);
            case DOT -> DotGraph.render(nodes);
        };
    }
}
