package io.psm.migrate.graph.render;

import io.psm.migrate.graph.RevisionNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision as a picture shows it.
 *
 * @param id        the revision id
 * @param parents   its parents ({@code Revises}), drawn as edges
 * @param dependsOn the revisions it depends on, drawn as dashed edges where the format can
 * @param message   its message, empty for none
 * @param tags      what is said after the id in parentheses, in order: branch labels, {@code head},
 *                  {@code current}, {@code branchpoint}, {@code mergepoint}
 * @param state     its state in a database ({@code applied}, {@code pending}, {@code failed},
 *                  {@code running}), which a picture colours; empty when no database was read
 */
public record PictureNode(String id, List<String> parents, List<String> dependsOn, String message, List<String> tags,
                          Optional<String> state) {

    /** Copies the lists. */
    public PictureNode {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        tags = List.copyOf(tags);
        Objects.requireNonNull(state, "state");
    }

    /**
     * A revision of the graph with the tags to show and no state.
     *
     * @param revision the revision
     * @param tags     the tags
     * @return the node
     */
    public static PictureNode of(RevisionNode revision, List<String> tags) {
        return new PictureNode(revision.id(), revision.downRevisions(), revision.dependsOn(), revision.message(), tags,
                Optional.empty());
    }

    /** This node with a state. */
    public PictureNode withState(String newState) {
        return new PictureNode(id, parents, dependsOn, message, tags, Optional.of(newState));
    }

    /** {@code id (tag) (tag), message}, the line {@code history} prints. */
    String line() {
        StringBuilder line = new StringBuilder(id);
        tags.forEach(tag -> line.append(" (").append(tag).append(')'));
        if (!message.isEmpty()) {
            line.append(", ").append(message);
        }
        return line.toString();
    }
}
