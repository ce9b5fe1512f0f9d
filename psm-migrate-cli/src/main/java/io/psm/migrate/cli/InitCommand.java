package io.psm.migrate.cli;

import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** {@code init}: creates the migration directory and prints its path. */
@Command(name = "init", description = "Create the migration directory (-d) and print its path.")
final class InitCommand extends SessionCommand {

    InitCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        Path directory = session.directory().toAbsolutePath().normalize();
        if (Files.isDirectory(directory) && !isEmpty(directory)) {
            throw new CommandFailure("Directory " + directory + " already exists and is not empty");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandFailure("Cannot create directory " + directory + ": " + e, e);
        }
        session.print(directory.toString());
        return 0;
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new CommandFailure("Cannot list directory " + directory + ": " + e, e);
        }
    }
}
