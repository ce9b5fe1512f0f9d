package io.psm.migrate.graph.render;

import java.util.Locale;

/** The text formats a graph can be written in, for tools that draw it. */
public enum PictureFormat {
    /** Mermaid's flowchart, which GitHub and GitLab render in Markdown. */
    MERMAID,
    /** Graphviz's DOT language ({@code dot -Tsvg}). */
    DOT;

    /**
     * The format of a name, ignoring case.
     *
     * @param name {@code mermaid} or {@code dot}
     * @return the format
     * @throws IllegalArgumentException naming the formats when there is none of that name
     */
    public static PictureFormat named(String name) {
        for (PictureFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown graph format '" + name + "'; the formats are mermaid and dot");
    }

    /** The lower-case name, as the command line takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
