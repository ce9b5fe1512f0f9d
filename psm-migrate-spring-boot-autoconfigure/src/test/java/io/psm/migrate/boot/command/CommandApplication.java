package io.psm.migrate.boot.command;

import io.psm.migrate.autogenerate.AutogenerateSettings;
import io.psm.migrate.autogenerate.Autogenerator;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.boot.autoconfigure.DbCommandMode;
import io.psm.migrate.boot.env.DatabaseDisplay;
import io.psm.migrate.testing.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application started the way {@code java -jar app.jar db COMMAND} starts it (no web server,
 * beans created on demand, the {@code db} overrides that keep Hibernate from touching the schema,
 * no start-up migration), kept open so that a test runs several commands in a row, each reading
 * the scripts afresh as a new process would. The scripts live in a directory of their own
 * ({@code filesystem:} location), which is also where new ones are written.
 */
final class CommandApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;
    private final Path scripts;

    private CommandApplication(ConfigurableApplicationContext context, TestDatabase database, Path scripts) {
        this.context = context;
        this.database = database;
        this.scripts = scripts;
    }

    /**
     * Starts the application against a test database.
     *
     * @param application the application's main class
     * @param database    its database
     * @param scripts     its migration directory
     * @param properties  further {@code name=value} properties
     */
    static CommandApplication start(Class<?> application, TestDatabase database, Path scripts, String... properties) {
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setLazyInitialization(true);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        spring.addInitializers(context -> {
            // The commands these tests run compare the model: the application starts as for 'db migrate'.
            DbCommandMode mode = new DbCommandMode(Optional.empty(), List.of("migrate"));
            DbCommandProperties.apply(context.getEnvironment(), mode);
            context.getBeanFactory().registerSingleton("psmMigrateDbCommandMode", mode);
            context.addBeanFactoryPostProcessor(new LazyApplicationBeans(DbCommandScope.MODEL));
        });
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
                "--psm.migrate.locations=filesystem:" + scripts.toAbsolutePath()));
        Stream.of(properties).map(property -> "--" + property).forEach(args::add);
        return new CommandApplication(spring.run(args.toArray(String[]::new)), database, scripts);
    }

    /** Runs {@code db ARGS} in the application. */
    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DbCommandRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(this.context, new DbCommandMode(Optional.empty(), List.of(args)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The database's schema as autogenerate reads it, without psm-migrate's own tables. */
    SchemaModel schema() {
        try (Connection connection = this.database.dataSource().getConnection()) {
            return new Autogenerator(AutogenerateSettings.defaults().excluding("psm_*")).readDatabase(connection);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Empties the database and the migration directory, for the next scenario. */
    void reset() {
        if (this.database.kind() == TestDatabase.Kind.H2) {
            this.database.execute("DROP ALL OBJECTS");
        } else if (this.database.kind() == TestDatabase.Kind.SQLITE) {
            dropSqliteTables();
        } else {
            this.database.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        }
        try (Stream<Path> files = Files.list(this.scripts)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** SQLite has no schema to drop: its tables go one by one, with their indexes. */
    private void dropSqliteTables() {
        try (Connection connection = this.database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE \"" + table + "\"");
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    TestDatabase database() {
        return this.database;
    }

    /** A bean of the application. */
    <T> T bean(Class<T> type) {
        return this.context.getBean(type);
    }

    /** The line each command that connects prints first: the database, and where its URL comes from. */
    String databaseLine() {
        return "INFO  [psm.migrate] Database " + DatabaseDisplay.of(this.database.jdbcUrl())
                + " from --spring.datasource.url (command line)";
    }

    Path scripts() {
        return this.scripts;
    }

    @Override
    public void close() {
        this.context.close();
    }

    /**
     * What a command printed and returned.
     *
     * @param status the exit status
     * @param out    its results
     * @param err    its progress and log lines
     */
    record Run(int status, String out, String err) {

        List<String> outLines() {
            return this.out.lines().toList();
        }

        List<String> errLines() {
            return this.err.lines().toList();
        }

        /** The script of a {@code Generating <path> ...  done} result. */
        Path generated() {
            List<String> lines = outLines();
            if (lines.size() != 1 || !lines.get(0).startsWith("Generating ")) {
                throw new IllegalStateException("No script was generated: " + this.out + this.err);
            }
            return Path.of(lines.get(0).replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", ""));
        }
    }
}
