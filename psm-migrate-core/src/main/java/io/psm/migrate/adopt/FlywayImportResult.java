package io.psm.migrate.adopt;

import java.util.List;
import java.util.Optional;

/**
 * What an import did.
 *
 * @param files    each revision's file, written now or found unchanged
 * @param notes    what the import left to the user (repeatable and Java migrations, ...), one sentence each
 * @param takeover where Flyway's history put the database, when a database was read
 * @param stamped  the revision the database was stamped at now; empty when none was read, Flyway
 *                 applied nothing, or the database was already there
 * @param pending  the imported revisions the next {@code upgrade} runs, oldest first (all of them
 *                 when no database was read)
 * @param current  the imported revision the database is at afterwards, if it is at one
 */
public record FlywayImportResult(List<ImportedFile> files, List<String> notes, Optional<FlywayTakeover> takeover,
                                 Optional<String> stamped, List<String> pending, Optional<String> current) {

    /** Copies the lists. */
    public FlywayImportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        pending = List.copyOf(pending);
    }
}
