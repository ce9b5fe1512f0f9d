package io.psm.migrate.autogenerate.schema;

import java.util.List;

/**
 * A unique constraint ({@code CONSTRAINT name UNIQUE (columns)}).
 *
 * @param name    the constraint name in catalog form; from the model, the name Hibernate assigns
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
