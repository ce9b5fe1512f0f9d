package io.psm.migrate.lint;

import java.util.List;
import java.util.Optional;

/** The rules of one database: how its SQL is read and what its statements lock. Stateless. */
interface RuleSet {

    /** How statements of this database are cut into tokens. */
    SqlSyntax syntax();

    /**
     * Checks one statement.
     *
     * @param shape   what the statement is
     * @param context its revision, the schema before it and the server's version
     * @return the rules it breaks, with their messages; empty when it is safe
     */
    List<Hit> check(Shape shape, StatementContext context);

    /** What this database's rules leave out, for the report; empty when nothing worth saying. */
    default Optional<String> note() {
        return Optional.empty();
    }
}
