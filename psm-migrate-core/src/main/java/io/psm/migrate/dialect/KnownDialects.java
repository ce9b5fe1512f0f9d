package io.psm.migrate.dialect;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.util.Locale;
import java.util.function.Supplier;

/** The dialects psm-migrate has, and how each is recognised: a new database is one more constant. */
enum KnownDialects {
    POSTGRESQL(PostgresDialect::new, "PostgreSQL", "jdbc:postgresql:", "postgresql", "postgres"),
    H2(H2Dialect::new, "H2", "jdbc:h2:", "h2"),
    SQLITE(SqliteDialect::new, "SQLite", "jdbc:sqlite:", "sqlite");

    private static final String SUPPORTED = "PostgreSQL, H2, SQLite";

    private final Supplier<Dialect> factory;
    private final String productName;
    private final String jdbcPrefix;
    private final String[] names;

    KnownDialects(Supplier<Dialect> factory, String productName, String jdbcPrefix, String... names) {
        this.factory = factory;
        this.productName = productName;
        this.jdbcPrefix = jdbcPrefix;
        this.names = names;
    }

    static Dialect forProduct(String product, String version) {
        for (KnownDialects known : values()) {
            if (known.productName.equalsIgnoreCase(product)) {
                return known.factory.get();
            }
        }
        String database = product + " " + version;
        throw new UnsupportedDatabaseException(database,
                "psm-migrate has no dialect for " + database + " (supported: " + SUPPORTED + ")");
    }

    static Dialect forUrl(String url) {
        String jdbcUrl = DatabaseUrl.parse(url).jdbcUrl().toLowerCase(Locale.ROOT);
        for (KnownDialects known : values()) {
            if (jdbcUrl.startsWith(known.jdbcPrefix)) {
                return known.factory.get();
            }
        }
        String redacted = DatabaseUrl.redact(url);
        throw new UnsupportedDatabaseException(redacted,
                "psm-migrate has no dialect for the database of " + redacted + " (supported: " + SUPPORTED + ")");
    }

    static Dialect named(String name) {
        for (KnownDialects known : values()) {
            for (String each : known.names) {
                if (each.equalsIgnoreCase(name)) {
                    return known.factory.get();
                }
            }
        }
        throw new UnsupportedDatabaseException(name,
                "psm-migrate has no dialect named '" + name + "' (supported: postgresql, h2, sqlite)");
    }
}
