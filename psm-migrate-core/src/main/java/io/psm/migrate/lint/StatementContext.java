package io.psm.migrate.lint;

import java.util.Optional;

/**
 * What a rule knows when it checks one statement.
 *
 * @param scope   what the statement's revision did before it, and whether it is transactional
 * @param schema  what the revisions before did to the schema
 * @param version the server's version, when known
 */
record StatementContext(RevisionScope scope, SchemaHistory schema, Optional<ServerVersion> version) {

    /** Whether the statement's revision created this table (so that nobody uses it yet). */
    boolean isNew(Name table) {
        return scope.created(table);
    }

    /** Whether the server is known to be older than {@code major.minor}. */
    boolean olderThan(int major, int minor) {
        return version.filter(known -> !known.atLeast(major, minor)).isPresent();
    }
}
