package io.psm.migrate.jdbc;

import java.util.Locale;
import java.util.Optional;

/** The {@code scheme://} forms of a {@code DATABASE_URL} and the JDBC URLs they become. */
enum ServerScheme {
    POSTGRESQL("jdbc:postgresql://", 5432),
    MYSQL("jdbc:mysql://", 3306),
    MARIADB("jdbc:mariadb://", 3306);

    private final String jdbcPrefix;
    private final int defaultPort;

    ServerScheme(String jdbcPrefix, int defaultPort) {
        this.jdbcPrefix = jdbcPrefix;
        this.defaultPort = defaultPort;
    }

    /**
     * The scheme a URL names: {@code postgresql}, {@code postgres}, {@code mysql}, {@code mariadb},
     * with or without a SQLAlchemy driver suffix ({@code postgresql+psycopg2}).
     */
    static Optional<ServerScheme> named(String scheme) {
        String base = scheme.toLowerCase(Locale.ROOT);
        int plus = base.indexOf('+');
        if (plus >= 0) {
            base = base.substring(0, plus);
        }
        return switch (base) {
            case "postgresql", "postgres", "pgsql" -> Optional.of(POSTGRESQL);
            case "mysql" -> Optional.of(MYSQL);
            case "mariadb" -> Optional.of(MARIADB);
            default -> Optional.empty();
        };
    }

    String jdbcPrefix() {
        return jdbcPrefix;
    }

    int defaultPort() {
        return defaultPort;
    }
}
