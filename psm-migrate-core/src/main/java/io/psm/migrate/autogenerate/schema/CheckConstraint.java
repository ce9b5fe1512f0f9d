package io.psm.migrate.autogenerate.schema;

import java.util.Optional;

/**
 * A check constraint. Autogenerate renders them with the tables it creates, but does not compare
 * them: expressions come back from each database rewritten in its own way.
 *
 * @param name       the constraint name in catalog form, if it has one the model states
 * @param expression the condition, without the surrounding {@code CHECK ( )}
 */
public record CheckConstraint(Optional<String> name, String expression) {
}
