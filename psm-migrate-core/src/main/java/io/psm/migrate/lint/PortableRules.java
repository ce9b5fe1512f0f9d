package io.psm.migrate.lint;

import java.util.List;
import java.util.Optional;

/**
 * The rules for H2 and SQLite: only the renames and drops that break running instances. Neither has
 * lock-safety rules: an embedded database serves one application process, which a migration stops
 * anyway, and psm-migrate does not invent rules it cannot back with how the database works.
 */
final class PortableRules implements RuleSet {

    private final String database;

    /** @param database the database's name, for the note */
    PortableRules(String database) {
        this.database = database;
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.STANDARD;
    }

    @Override
    public List<Hit> check(Shape shape, StatementContext context) {
        return CompatibilityRules.check(shape, context);
    }

    @Override
    public Optional<String> note() {
        return Optional.of(database + " has no lock-safety rules: only renames and drops are checked");
    }
}
