package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.SchemaModel;

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
     * Renders changes against the schema they apply to: what a database needs that rebuilds whole
     * tables for some changes (SQLite's move and copy). The others ignore the schema.
     *
     * <p>To undo the changes, render their {@linkplain SchemaChange#inverse() inverses} against
     * {@link io.psm.migrate.autogenerate.diff.SchemaChanges#applyTo the schema after them}.
     *
     * @param before  the schema before the changes, as read from the database
     * @param changes the changes, in any order
     * @return the statements, each with the warnings of its change as comments
     */
    default List<GeneratedStatement> render(SchemaModel before, List<SchemaChange> changes) {
        return render(changes);
    }

    /**
     * The renderer for a database.
     *
     * @param kind           the database
     * @param identifierCase how it stores unquoted identifiers, which decides where quotes are needed
     * @param schema         the schema (catalog form) to qualify names with, or empty to leave names
     *                       unqualified for the connection's current schema
     */
    static SqlRenderer forDatabase(DatabaseKind kind, IdentifierCase identifierCase, Optional<String> schema) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresSqlRenderer(identifierCase, schema);
            case H2 -> new H2SqlRenderer(identifierCase, schema);
            case SQLITE -> new SqliteSqlRenderer(identifierCase);
        };
    }
}
