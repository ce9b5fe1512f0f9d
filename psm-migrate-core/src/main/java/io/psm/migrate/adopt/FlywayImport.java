package io.psm.migrate.adopt;

import io.psm.migrate.script.ScriptException;
import io.psm.migrate.script.ScriptWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a Flyway migration folder into revisions: one per {@code V<version>__<description>.sql},
 * in Flyway's version order, each revising the one before, with the id {@code v<version>}
 * ({@link FlywayVersion#revisionId()}), the description as message, the file's SQL unchanged as
 * the upgrade and the {@code U} file of its version, if any, as the downgrade.
 *
 * <pre>{@code
 * FlywayImport flyway = FlywayImport.of(Path.of("src/main/resources/db/migration"));
 * flyway.notes().forEach(System.err::println);            // R__, Java migrations, callbacks
 * flyway.write(writer, migrations, existingScripts);       // writes v1.sql, v2.sql, ...
 * }</pre>
 *
 * <p>Writing again gives the same files: a revision that exists with the same text is kept, one
 * that exists with another text is an error, and nothing is written before everything was checked.
 */
public final class FlywayImport {

    private final FlywayFolder folder;
    private final List<ImportedRevision> revisions;

    private FlywayImport(FlywayFolder folder) {
        this.folder = folder;
        this.revisions = chain(folder);
    }

    /**
     * Reads a Flyway folder.
     *
     * @param directory the folder of {@code V}, {@code U} and {@code R} files
     * @return the import
     * @throws ScriptException naming a file whose name or content cannot be read
     */
    public static FlywayImport of(Path directory) {
        return new FlywayImport(FlywayFolder.read(directory));
    }

    /** The folder read. */
    public FlywayFolder folder() {
        return folder;
    }

    /** The revisions, oldest first. */
    public List<ImportedRevision> revisions() {
        return revisions;
    }

    /** The revision imported for a version, if its {@code V} file is in the folder. */
    public Optional<ImportedRevision> revisionOf(FlywayVersion version) {
        return revisions.stream().filter(revision -> revision.version().sameAs(version)).findFirst();
    }

    /**
     * What the import does not turn into revisions, and what to do about each, one sentence each:
     * repeatable and Java migrations, callbacks, undo files without their version, files Flyway
     * ignores, and upgrades that use Flyway's {@code ${placeholders}}.
     */
    public List<String> notes() {
        return ImportNotes.of(folder, revisions);
    }

    /**
     * Writes the revisions into a migration folder.
     *
     * @param writer    names the files (the file template) and writes them
     * @param directory the migration folder; it must exist
     * @param existing  the files of the revisions the folder already has, by id
     * @return each revision's file and whether it was written now or already there
     * @throws FlywayImportException when revisions the import would write exist with another text;
     *                               nothing is written then
     */
    public List<ImportedFile> write(ScriptWriter writer, Path directory, Map<String, Path> existing) {
        List<ScriptWriter.PreparedScript> prepared = new ArrayList<>();
        List<ImportedFile> files = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (ImportedRevision revision : revisions) {
            ScriptWriter.PreparedScript script = writer.prepare(directory, revision.toNewRevision());
            Path present = existing.get(revision.id());
            if (present == null) {
                prepared.add(script);
                files.add(new ImportedFile(revision, script.file(), ImportedFile.Status.WRITTEN));
            } else if (read(present).equals(script.text())) {
                files.add(new ImportedFile(revision, present, ImportedFile.Status.UNCHANGED));
            } else {
                conflicts.add("revision " + revision.id() + " exists in " + present + " and differs from what "
                        + revision.source().name() + " gives");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new FlywayImportException("Nothing was imported, because the migration folder already holds other"
                    + " versions of these revisions (remove them to import them again)", conflicts);
        }
        prepared.forEach(ScriptWriter.PreparedScript::write);
        return List.copyOf(files);
    }

    private static List<ImportedRevision> chain(FlywayFolder folder) {
        List<ImportedRevision> chain = new ArrayList<>();
        Optional<String> parent = Optional.empty();
        for (FlywayFile file : folder.versioned()) {
            FlywayVersion version = file.version().orElseThrow();
            Optional<FlywayFile> undo = folder.undoOf(version);
            String id = version.revisionId();
            chain.add(new ImportedRevision(version, id, parent, file.description(), file, read(file.path()), undo,
                    undo.map(found -> read(found.path()))));
            parent = Optional.of(id);
        }
        return List.copyOf(chain);
    }

    /** A file's text as UTF-8, a byte order mark left out, line endings as {@code \n}. */
    static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new ScriptException(file.toString(), "cannot be read as UTF-8: " + e.getMessage(), e);
        }
    }
}
