package io.psm.migrate.adopt;

import java.nio.file.Path;

/**
 * A revision's file after an import.
 *
 * @param revision the revision
 * @param file     its file
 * @param status   whether the import wrote it or found it already there, the same
 */
public record ImportedFile(ImportedRevision revision, Path file, Status status) {

    /** What the import did with the file. */
    public enum Status {
        /** Written now. */
        WRITTEN,
        /** Already there with the same text, from an earlier import. */
        UNCHANGED
    }
}
