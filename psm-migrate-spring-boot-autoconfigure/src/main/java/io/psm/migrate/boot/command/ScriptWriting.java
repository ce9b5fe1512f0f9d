package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.diagnostics.ProjectDirectory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands that write scripts ({@code init}, {@code revision}, {@code merge}, {@code migrate})
 * write them into the project's sources by default ({@code src/main/resources/db/migrations}),
 * relative to the working directory. Run anywhere else, they would create that tree wherever the
 * jar happens to run: there they need {@code psm.migrate.script-directory} or {@code -d DIR}.
 */
final class ScriptWriting {

    private static final Set<String> WRITERS = Set.of("init", "revision", "merge", "migrate");
    private static final Set<String> DIRECTORY_OPTIONS = Set.of("-d", "--directory");
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private ScriptWriting() {
    }

    /**
     * Why the command may not write where it would, if it may not.
     *
     * @param arguments the command and its arguments, as after {@code db}
     * @param instance  the instance it works on
     * @return the reason, for an {@code ERROR:} line
     */
    static Optional<String> refusal(List<String> arguments, PsmMigrateInstance instance) {
        String command = DbCommandScope.command(arguments);
        if (!WRITERS.contains(command) || arguments.stream().anyMatch(argument -> DIRECTORY_OPTIONS.contains(argument)
                || argument.startsWith("--directory=") || HELP_OPTIONS.contains(argument))
                || instance.configuredScriptDirectory().isPresent() || ProjectDirectory.current().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("db " + command + " writes into the project's sources (" + instance.scriptDirectory()
                + "), and " + Path.of("").toAbsolutePath() + " is not a project directory (no pom.xml, build.gradle"
                + " or build.gradle.kts): run it from the project's directory, or say where scripts go with"
                + " psm.migrate.script-directory (--psm.migrate.script-directory=DIR) or -d DIR");
    }
}
