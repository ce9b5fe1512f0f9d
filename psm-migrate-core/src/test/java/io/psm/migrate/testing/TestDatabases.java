package io.psm.migrate.testing;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Where tests get their databases: H2 in memory, SQLite in a temporary file (no server, so never
 * skipped), and PostgreSQL as DEVELOPERS.md describes.
 *
 * <p>PostgreSQL comes from {@code PSM_TEST_DATABASE_URL} when it is set ({@code jdbc:postgresql://…}
 * or {@code postgresql://user:password@host:port/db}), else from a Testcontainers container when a
 * Docker engine answers, else the test is skipped with a message that says why. With
 * {@code PSM_TEST_REQUIRE_POSTGRESQL=true} (as {@code .ci/run} sets it) a missing server fails the
 * test instead of skipping it. Each call creates a new database on that server, so tests never see
 * each other's tables; closing it drops it.
 */
public final class TestDatabases {

    private static final String URL_VARIABLE = "PSM_TEST_DATABASE_URL";
    private static final String REQUIRE_VARIABLE = "PSM_TEST_REQUIRE_POSTGRESQL";

    private TestDatabases() {
    }

    /** A new in-memory H2 database, kept open until {@link TestDatabase#close()}. */
    public static TestDatabase h2() {
        String name = "psm_" + shortId();
        return new H2Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "h2:mem:" + name);
    }

    /** A new database of the given kind. */
    public static TestDatabase create(TestDatabase.Kind kind) {
        return switch (kind) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case SQLITE -> sqlite();
        };
    }

    /**
     * A new SQLite database in a file of its own, in a temporary directory that closing deletes
     * (with the journal and lock files beside the database).
     */
    public static TestDatabase sqlite() {
        try {
            Path directory = Files.createTempDirectory("psm_sqlite_");
            return new SqliteDatabase(directory, directory.resolve("test.db").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for a SQLite test database", e);
        }
    }

    /**
     * A new, empty PostgreSQL database; skips the calling test (or fails it where PostgreSQL is
     * required) when no server is available.
     */
    public static TestDatabase postgres() {
        Server server = PostgresServer.get();
        String name = "psm_" + shortId();
        server.execute("CREATE DATABASE " + name);
        return new PostgresDatabase(server, name);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A PostgreSQL server reachable with an administrative account. */
    record Server(String host, int port, String adminDatabase, String user, String password) {

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        void execute(String sql) {
            PGSimpleDataSource dataSource = dataSource(adminDatabase);
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL test server: " + sql + ": " + e.getMessage(), e);
            }
        }

        PGSimpleDataSource dataSource(String database) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl(database));
            dataSource.setUser(user);
            if (password != null) {
                dataSource.setPassword(password);
            }
            return dataSource;
        }
    }

    /** Finds the PostgreSQL server once per JVM. */
    static final class PostgresServer {

        private static Server server;
        private static String unavailable;

        private PostgresServer() {
        }

        static synchronized Server get() {
            if (server == null && unavailable == null) {
                locate();
            }
            if (server == null) {
                if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
                    throw new IllegalStateException(REQUIRE_VARIABLE + " is true but " + unavailable);
                }
                SkipNotice.once("PostgreSQL tests skipped: " + unavailable);
                Assumptions.abort("PostgreSQL tests skipped: " + unavailable);
            }
            return server;
        }

        private static void locate() {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                server = parse(url.trim());
                return;
            }
            boolean docker;
            try {
                // Testcontainers reports a missing engine with ERROR lines of its own: ask it only where one may be.
                docker = DockerEngine.mayBePresent() && DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
            if (!docker) {
                unavailable = URL_VARIABLE + " is not set and no Docker engine answers for Testcontainers"
                        + " (set " + URL_VARIABLE + "=postgresql://user@host:5432/db, see DEVELOPERS.md)";
                return;
            }
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            server = new Server(container.getHost(), container.getMappedPort(5432),
                    container.getDatabaseName(), container.getUsername(), container.getPassword());
        }

        /** Reads {@code jdbc:postgresql://host:port/db?user=..&password=..} or {@code postgresql://user:pw@host:port/db}. */
        static Server parse(String url) {
            String text = url.startsWith("jdbc:") ? url.substring(5) : url;
            URI uri = URI.create(text.replaceFirst("^postgres://", "postgresql://"));
            if (!"postgresql".equals(uri.getScheme())) {
                throw new IllegalStateException(URL_VARIABLE + " must be a PostgreSQL URL (postgresql://… or jdbc:postgresql://…)");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    String key = kv[0].toLowerCase(Locale.ROOT);
                    String value = kv.length > 1 ? decode(kv[1]) : "";
                    if (key.equals("user")) {
                        user = value;
                    } else if (key.equals("password")) {
                        password = value;
                    }
                }
            }
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            return new Server(host, port, database, user == null ? "postgres" : user, password);
        }

        private static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }

    private record H2Database(String jdbcUrl, String databaseUrl) implements TestDatabase {

        @Override
        public Kind kind() {
            return Kind.H2;
        }

        @Override
        public String user() {
            return "sa";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public DataSource dataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(jdbcUrl);
            dataSource.setUser("sa");
            dataSource.setPassword("");
            return dataSource;
        }

        @Override
        public void close() {
            execute("SHUTDOWN");
        }
    }

    private record SqliteDatabase(Path directory, Path file) implements TestDatabase {

        @Override
        public Kind kind() {
            return Kind.SQLITE;
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:sqlite:" + file;
        }

        /** SQLite has no users: the history table records the operating-system user. */
        @Override
        public String user() {
            return System.getProperty("user.name");
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public String databaseUrl() {
            return "sqlite:///" + file;
        }

        @Override
        public DataSource dataSource() {
            SQLiteDataSource dataSource = new SQLiteDataSource();
            dataSource.setUrl(jdbcUrl());
            return dataSource;
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the SQLite test database " + file, e);
            }
        }
    }

    private record PostgresDatabase(Server server, String name) implements TestDatabase {

        @Override
        public Kind kind() {
            return Kind.POSTGRESQL;
        }

        @Override
        public String jdbcUrl() {
            return server.jdbcUrl(name);
        }

        @Override
        public String user() {
            return server.user();
        }

        @Override
        public String password() {
            return server.password() == null ? "" : server.password();
        }

        @Override
        public String databaseUrl() {
            String credentials = server.password() == null || server.password().isEmpty()
                    ? server.user() : server.user() + ":" + server.password();
            return "postgresql://" + credentials + "@" + server.host() + ":" + server.port() + "/" + name;
        }

        @Override
        public DataSource dataSource() {
            return server.dataSource(name);
        }

        @Override
        public void close() {
            server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
