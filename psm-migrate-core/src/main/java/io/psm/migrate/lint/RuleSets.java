package io.psm.migrate.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The rule sets by database name, and how a server's product name maps to them: one constant per family. */
enum RuleSets {
    POSTGRESQL(PostgresRules::new, "postgresql", "postgres"),
    MYSQL(MysqlRules::new, "mysql", "mariadb"),
    H2(() -> new PortableRules("H2"), "h2"),
    SQLITE(() -> new PortableRules("SQLite"), "sqlite");

    private final Supplier<RuleSet> factory;
    private final String[] names;

    RuleSets(Supplier<RuleSet> factory, String... names) {
        this.factory = factory;
        this.names = names;
    }

    /**
     * The family a database name belongs to.
     *
     * @throws LintException when no rules are known for it
     */
    static RuleSets named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(family -> Arrays.asList(family.names).contains(wanted)).findFirst()
                .orElseThrow(() -> new LintException("psm-migrate has no lint rules for a database named '" + name
                        + "' (known: postgresql, mysql, mariadb, h2, sqlite)"));
    }

    /** Whether a server of this product (its JDBC product name) belongs to this family. */
    boolean serves(ServerVersion server) {
        String product = server.product().toLowerCase(Locale.ROOT);
        return Arrays.stream(names).anyMatch(product::contains);
    }

    RuleSet rules() {
        return factory.get();
    }
}
