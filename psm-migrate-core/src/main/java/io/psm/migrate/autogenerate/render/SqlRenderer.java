package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;

import java.util.List;
import java.util.Optional;

/**
 * Turns schema changes into SQL statements for one database. Implementations are stateless and
 * thread-safe.
 */
public interface SqlRenderer {

    /**
     * Renders changes as statements in dependency order: sequences and tables are created before the
     * foreign keys that reference them, foreign keys are dropped before the tables they belong to or
     * point at, indexes after their columns exist and before their columns go.
     *
     * <p>To undo a list of changes, render their {@linkplain SchemaChange#inverse() inverses}.
     *
     * @param changes the changes, in any order
     * @return the statements, each with the warnings of its change as comments
     */
    List<GeneratedStatement> render(List<SchemaChange> changes);

    /**
     * The renderer for a database.
     *
     * @param kind           the database
     * @param identifierCase how it stores unquoted identifiers, which decides where quotes are needed
     * @param schema         the schema (catalog form) to qualify names with, or empty to leave names
     *                       unqualified for the connection's current schema
     */
    static SqlRenderer forDatabase(DatabaseKind kind, IdentifierCase identifierCase, Optional<String> schema) {
        return kind == DatabaseKind.POSTGRESQL
                ? new PostgresSqlRenderer(identifierCase, schema) : new H2SqlRenderer(identifierCase, schema);
    }
}
