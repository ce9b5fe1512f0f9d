package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.adopt.FlywayHistory;
import io.psm.migrate.adopt.FlywayImportResult;
import io.psm.migrate.adopt.FlywayTakeover;
import io.psm.migrate.adopt.ImportedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code import-flyway}: one revision per Flyway {@code V} file; with a database, checks Flyway's
 * history against the files and stamps the database where Flyway left it.
 */
@Command(name = "import-flyway", description = "Write one revision per Flyway V<version>__<description>.sql of"
        + " FLYWAY_DIR, chained in version order; with a database, check its flyway_schema_history against the files"
        + " and stamp it at the newest version Flyway applied.")
final class ImportFlywayCommand extends SessionCommand {

    @Parameters(paramLabel = "FLYWAY_DIR", description = "The Flyway migration folder (db/migration).")
    private Path flywayDirectory;

    @Option(names = "--flyway-table", paramLabel = "[SCHEMA.]TABLE", defaultValue = FlywayHistory.DEFAULT_TABLE,
            description = "Flyway's history table (default: ${DEFAULT-VALUE}).")
    private String flywayTable;

    @Option(names = "--files-only", description = "Write the revisions only; leave the database alone.")
    private boolean filesOnly;

    ImportFlywayCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        boolean takeOver = session.hasDatabase() && !filesOnly;
        if (!Files.isDirectory(flywayDirectory)) {
            throw new CommandFailure(flywayDirectory + " is not a folder of Flyway migrations (V<version>__<description>.sql)");
        }
        Path directory = RevisionWriter.directory(session);
        PsmMigrate migrate = session.load();
        FlywayImportResult result = migrate.importFlyway(flywayDirectory, directory,
                takeOver ? Optional.of(flywayTable) : Optional.empty());
        for (ImportedFile file : result.files()) {
            session.print((file.status() == ImportedFile.Status.WRITTEN ? "Generating " : "Keeping ")
                    + file.file().toAbsolutePath().normalize()
                    + (file.status() == ImportedFile.Status.WRITTEN ? " ...  done" : " (imported before, unchanged)"));
        }
        result.notes().forEach(session::warn);
        result.takeover().ifPresent(takeover -> report(session, result, takeover));
        if (!takeOver) {
            session.log("Imported " + result.files().size() + " revisions; no database was taken over"
                    + (filesOnly ? "" : " (give --url to check and stamp one Flyway migrated)"));
        }
        return 0;
    }

    private static void report(Session session, FlywayImportResult result, FlywayTakeover takeover) {
        takeover.warnings().forEach(session::warn);
        String next = result.pending().isEmpty() ? "the database is up to date"
                : "'upgrade' runs the " + result.pending().size() + " revision" + (result.pending().size() == 1 ? "" : "s")
                + " after it";
        if (result.stamped().isPresent()) {
            session.log("Stamped " + result.stamped().get() + ", the newest version Flyway applied ("
                    + takeover.appliedVersion().orElseThrow().display() + "); " + next);
        } else if (result.current().isPresent()) {
            session.log("The database is already at " + result.current().get() + " (Flyway applied up to "
                    + takeover.appliedVersion().map(version -> version.display()).orElse("nothing") + "); " + next);
        } else {
            session.log("Flyway's history holds no applied version with a V file; nothing was stamped, and " + next);
        }
    }
}
