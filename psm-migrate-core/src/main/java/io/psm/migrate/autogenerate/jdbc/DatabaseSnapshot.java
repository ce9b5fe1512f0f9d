package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.SchemaModel;

import java.util.List;

/**
 * What was read from a live schema.
 *
 * @param schemaName the schema that was read, in catalog form
 * @param model      its tables and sequences
 * @param warnings   what was seen but left out of the model because it cannot be compared (an index
 *                   on expressions or with a filter, for example), one sentence each
 */
public record DatabaseSnapshot(String schemaName, SchemaModel model, List<String> warnings) {

    public DatabaseSnapshot {
        warnings = List.copyOf(warnings);
    }
}
