package io.psm.migrate.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an import leaves to the user: every file it does not turn into a revision, with what to do. */
final class ImportNotes {

    private ImportNotes() {
    }

    static List<String> of(FlywayFolder folder, List<ImportedRevision> revisions) {
        List<String> notes = new ArrayList<>();
        for (FlywayFile file : folder.others()) {
            notes.add(file.name() + ": " + switch (file.kind()) {
                case REPEATABLE -> "a repeatable migration, not imported: psm-migrate runs each revision once,"
                        + " so put its statements (CREATE OR REPLACE ...) in a new revision now ('revision -m"
                        + " \"" + file.description() + "\"') and again in a new revision whenever they change";
                case JAVA -> javaAdvice(file, revisions);
                case CALLBACK -> "a Flyway callback, not imported: psm-migrate has no callbacks; run its statements"
                        + " from the application (a MigrationListener) or put them in a revision";
                default -> "not a Flyway migration name (V<version>__<description>.sql), so Flyway ignored it and"
                        + " so does the import";
            });
        }
        for (FlywayFile undo : folder.undo()) {
            if (folder.versionedOf(undo.version().orElseThrow()).isEmpty()) {
                notes.add(undo.name() + ": an undo file without a V file of version " + undo.version().get().display()
                        + ", not imported");
            }
        }
        for (ImportedRevision revision : revisions) {
            if (revision.upgrade().contains("${") || revision.downgrade().orElse("").contains("${")) {
                notes.add(revision.source().name() + ": uses Flyway placeholders (${...}), which psm-migrate does not"
                        + " replace; write the values into revision " + revision.id() + " before running it");
            }
        }
        return List.copyOf(notes);
    }

    private static String javaAdvice(FlywayFile file, List<ImportedRevision> revisions) {
        if (file.version().isEmpty()) {
            return "a Java migration, not imported: rewrite it as a io.psm.migrate.JavaMigration with a @Revision"
                    + " on top of the imported revisions";
        }
        FlywayVersion version = file.version().get();
        Optional<ImportedRevision> before = revisions.stream()
                .filter(revision -> revision.version().compareTo(version) < 0).reduce((a, b) -> b);
        Optional<ImportedRevision> after = revisions.stream()
                .filter(revision -> revision.version().compareTo(version) > 0).findFirst();
        return "a Java migration (version " + version.display() + "), not imported: it ran "
                + before.map(r -> "after " + r.id()).orElse("first")
                + after.map(r -> " and before " + r.id()).orElse("") + "; rewrite it as a io.psm.migrate.JavaMigration"
                + " with @Revision(id = \"" + version.revisionId() + "\""
                + before.map(r -> ", revises = \"" + r.id() + "\"").orElse("") + ")"
                + after.map(r -> " and make " + r.id() + " revise " + version.revisionId()).orElse("")
                + ", or as SQL in a revision of its own";
    }
}
