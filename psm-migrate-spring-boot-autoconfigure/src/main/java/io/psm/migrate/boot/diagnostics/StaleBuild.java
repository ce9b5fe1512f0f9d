package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.graph.UnknownCurrentRevisionException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a database is at a revision this build does not contain, and what to do: when the project
 * the application runs from holds the revision, the jar was built before it was written; otherwise
 * a newer build upgraded the database.
 */
final class StaleBuild {

    private StaleBuild() {
    }

    /**
     * @param failure         the failure
     * @param scriptDirectory the project's migration directory, when the application runs from its project
     * @return the likely cause and its fix, one sentence
     */
    static String explain(UnknownCurrentRevisionException failure, Optional<Path> scriptDirectory) {
        Optional<ProjectDirectory> project = ProjectDirectory.current();
        for (String revision : failure.unknownRevisions()) {
            Optional<Path> script = scriptDirectory.flatMap(directory -> ProjectDirectory.script(directory, revision));
            if (script.isPresent()) {
                String rebuild = project.map(found -> " (" + found.buildCommand() + ")").orElse("");
                return "this jar was built before revision " + revision + " (" + relative(script.get())
                        + ") was written: rebuild it" + rebuild;
            }
        }
        String downgrade = switch (failure.heads().size()) {
            case 0 -> "'db downgrade base'";
            case 1 -> "'db downgrade " + failure.heads().get(0) + "'";
            default -> "'db downgrade' to this build's heads (" + String.join(", ", failure.heads()) + ")";
        };
        return "the database was upgraded by a newer build: deploy that build, or run its " + downgrade + " first";
    }

    private static String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
