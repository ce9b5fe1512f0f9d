package io.psm.migrate.adopt;

import io.psm.migrate.script.NewRevision;
import io.psm.migrate.script.ScriptWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Replaces the files of a squashed range by the new revision's, in B's folder: the new text is
 * rendered first, then the old files are removed and the new one written, so that the new file may
 * take the name B's had.
 */
public final class SquashWriter {

    private SquashWriter() {
    }

    /**
     * Writes a squash.
     *
     * @param plan     the checked range
     * @param revision the new revision
     * @param writer   names and renders the file (the file template)
     * @param warnings what the caller found to check by hand
     * @return what was written and removed
     * @throws SquashException when a file cannot be removed or written
     */
    public static SquashResult write(SquashPlan plan, NewRevision revision, ScriptWriter writer, List<String> warnings) {
        List<Path> files = plan.files();
        Path directory = files.get(files.size() - 1).toAbsolutePath().getParent();
        ScriptWriter.PreparedScript prepared = writer.prepare(directory, revision);
        for (Path file : files) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new SquashException("Cannot remove " + file + " (" + e.getMessage() + "); the squash stopped"
                        + " there: restore the removed files from version control");
            }
        }
        Path written = prepared.write();
        return new SquashResult(plan.id(), written, files, plan.replaces(), warnings);
    }
}
