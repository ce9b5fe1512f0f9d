package io.psm.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@code psm-migrate}: the standalone command line, which connects to a database named by URL. */
@Command(name = "psm-migrate", description = "Alembic-style revision-graph database migrations.")
final class StandaloneCommand extends RootCommand {

    static final Path DEFAULT_DIRECTORY = Path.of("src", "main", "resources", "db", "migrations");
    static final String URL_VARIABLE = "DATABASE_URL";

    private final Map<String, String> environment;
    private final Secrets scanned;

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "The database (default: the DATABASE_URL environment variable):"
                    + " postgresql://user@host:5432/db, h2:file:./data/app, h2:mem:name or jdbc:...")
    private String url;

    @Option(names = "--user", paramLabel = "U", scope = ScopeType.INHERIT,
            description = "The database user, overriding one in the URL.")
    private String user;

    @Option(names = "--password", paramLabel = "P", scope = ScopeType.INHERIT, arity = "0..1", interactive = true,
            description = "The database password, overriding one in the URL; prompted for when given without a value.")
    private String password;

    @Option(names = "--schema", paramLabel = "SCHEMA", scope = ScopeType.INHERIT,
            description = "The schema of the version and history tables and of the migrations.")
    private String schema;

    @Option(names = "--version-table", paramLabel = "TABLE", scope = ScopeType.INHERIT, defaultValue = "psm_version",
            description = "The version table (default: ${DEFAULT-VALUE}; alembic_version takes over Alembic's).")
    private String versionTable;

    @Option(names = "--history-table", paramLabel = "TABLE", scope = ScopeType.INHERIT, defaultValue = "psm_history",
            description = "The history table (default: ${DEFAULT-VALUE}).")
    private String historyTable;

    @Option(names = "--dialect", paramLabel = "DB", scope = ScopeType.INHERIT,
            description = "The database type --sql writes for and lint checks against, when no URL names it:"
                    + " postgresql, h2 or sqlite (lint also knows mysql and mariadb).")
    private String dialect;

    StandaloneCommand(Map<String, String> environment, Secrets scanned, PrintStream out, PrintStream err) {
        super(out, err);
        this.environment = Map.copyOf(environment);
        this.scanned = scanned;
    }

    @Override
    Session session() {
        Optional<String> given = Optional.ofNullable(url)
                .or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)))
                .filter(text -> !text.isBlank());
        StandaloneEnvironment.Settings settings = new StandaloneEnvironment.Settings(given, Optional.ofNullable(user),
                Optional.ofNullable(password), directory().orElse(DEFAULT_DIRECTORY), Optional.ofNullable(schema),
                versionTable, historyTable, Optional.ofNullable(dialect));
        return new Session(new StandaloneEnvironment(settings), settings.directory(),
                given.isPresent() ? Session.Database.CONFIGURED : Session.Database.MISSING, secrets(), runOptions(),
                out(), err());
    }

    @Override
    String commandPrefix() {
        return "";
    }

    @Override
    Secrets secrets() {
        return password == null ? scanned : scanned.with(password);
    }
}
