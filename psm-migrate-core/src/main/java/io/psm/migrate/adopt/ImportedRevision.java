package io.psm.migrate.adopt;

import io.psm.migrate.script.NewRevision;

import java.util.List;
import java.util.Optional;

/**
 * The revision an import writes for one {@code V} file.
 *
 * @param version   the Flyway version
 * @param id        the revision id, derived from the version
 * @param parent    the revision of the version before it, empty for the first
 * @param message   the description
 * @param source    the {@code V} file
 * @param upgrade   the file's SQL, unchanged
 * @param undo      the {@code U} file of the version, if there is one
 * @param downgrade the undo file's SQL, if there is one
 */
public record ImportedRevision(FlywayVersion version, String id, Optional<String> parent, String message,
                               FlywayFile source, String upgrade, Optional<FlywayFile> undo,
                               Optional<String> downgrade) {

    /** What the script writer writes: no {@code Create Date}, so that a second import writes the same file. */
    public NewRevision toNewRevision() {
        List<String> notes = List.of("Imported from Flyway's " + source.name() + " (version " + version.display() + ")"
                + undo.map(file -> " and " + file.name()).orElse(""));
        NewRevision.Downgrade section = downgrade.map(NewRevision.Downgrade::of).orElseGet(() -> NewRevision.Downgrade.none(
                "No downgrade section: Flyway had no undo file (U" + version.text() + "__*.sql) for version "
                        + version.display() + ",\nso this revision cannot be downgraded. To make it reversible, add"
                        + " a '-- migrate:downgrade'\nline here, followed by the statements that revert the upgrade."));
        return NewRevision.of(message, parent.map(List::of).orElse(List.of()))
                .withRevisionId(id)
                .withNotes(notes, NewRevision.Dating.UNDATED)
                .withSql(upgrade, section);
    }
}
