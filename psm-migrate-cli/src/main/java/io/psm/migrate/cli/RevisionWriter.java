package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.RevisionSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** What {@code revision}, {@code merge} and {@code migrate} share: writing a script and saying where. */
final class RevisionWriter {

    /** Alembic's message when {@code -m} is not given. */
    static final String EMPTY_MESSAGE = "empty message";

    private RevisionWriter() {
    }

    /** Creates the directory if needed, writes the script with {@code write} and prints {@code Generating <path> ...  done}. */
    static void write(Session session, Function<Path, Path> write) {
        Path directory = session.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandFailure("Cannot create directory " + directory + ": " + e, e);
        }
        Path path = write.apply(directory);
        session.print("Generating " + path.toAbsolutePath().normalize() + " ...  done");
    }

    /**
     * The environment's autogenerator.
     *
     * @throws ParameterException (a usage error) where there is none: in the standalone command line
     */
    static Autogenerator autogenerator(Session session, CommandSpec command, String invocation) {
        return session.environment().autogenerator().orElseThrow(() -> new ParameterException(command.commandLine(),
                command.name() + " compares the application's model with the database, which the standalone"
                        + " command line cannot see: run it inside the application, as 'java -jar app.jar db "
                        + invocation + "'"));
    }

    /** {@code spec} with the model's changes as its sections, each change logged as {@code Detected ...}. */
    static RevisionSpec withModelChanges(Session session, Autogenerator autogenerator, PsmMigrate migrate,
                                         RevisionSpec spec) {
        ModelChanges changes = autogenerator.compare(migrate);
        changes.changes().forEach(change -> session.log("Detected " + change));
        if (changes.isEmpty()) {
            session.log("No changes in schema detected.");
        }
        return new RevisionSpec(spec.message(), spec.directory(), spec.head(), spec.splice(), spec.branchLabels(),
                spec.dependsOn(), spec.revisionId(), changes.upgrade(), changes.downgrade());
    }
}
