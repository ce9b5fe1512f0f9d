/**
 * The revision graph as a picture: drawn in the terminal like {@code git log --graph}
 * ({@code history --graph}), or written as Mermaid or Graphviz DOT for documentation and pull
 * requests ({@code history --format=mermaid|dot}, the {@code mermaid} text of
 * {@code /actuator/migrations}). The entry point is {@link io.psm.migrate.graph.render.GraphPicture};
 * it depends on nothing but the JDK and works on any graph, valid or not yet validated.
 */
package io.psm.migrate.graph.render;
