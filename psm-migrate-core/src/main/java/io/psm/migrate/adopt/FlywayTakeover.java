package io.psm.migrate.adopt;

import java.nio.file.Files;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a database that Flyway migrated stands against the imported revisions, judged from its
 * {@code flyway_schema_history} as Flyway's own {@code validate} would judge it: every applied SQL
 * migration must still have its file, with the checksum Flyway recorded; no migration may have
 * failed; and every version below the newest applied one must have been applied (or lie at or below
 * a baseline). Migrations applied out of order are reported but accepted.
 *
 * @param stampRevision the revision of the newest applied version, which the database is stamped
 *                      at; empty when Flyway applied no version that has a {@code V} file
 * @param appliedVersion the newest version Flyway applied or baselined, if any
 * @param warnings       what is accepted but worth knowing (out-of-order migrations), one sentence each
 */
public record FlywayTakeover(Optional<String> stampRevision, Optional<FlywayVersion> appliedVersion,
                             List<String> warnings) {

    /** Copies the warnings. */
    public FlywayTakeover {
        warnings = List.copyOf(warnings);
    }

    /**
     * Judges a database's history against the import.
     *
     * @param flyway  the imported folder
     * @param history the rows of {@code flyway_schema_history}, by installed rank
     * @return where to stamp the database, and the warnings
     * @throws FlywayImportException listing every problem, when the history and the files disagree
     */
    public static FlywayTakeover of(FlywayImport flyway, List<FlywayHistoryRow> history) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, FlywayHistoryRow> applied = new LinkedHashMap<>();
        Optional<FlywayVersion> baseline = Optional.empty();
        FlywayVersion newest = null;
        for (FlywayHistoryRow row : history) {
            if (!row.success()) {
                problems.add("Flyway's history records " + row.describe() + " as failed: repair the database and"
                        + " Flyway's history first ('flyway repair' once the schema is as it was before it)");
                continue;
            }
            if (row.version().isEmpty()) {
                continue;
            }
            String key = row.version().get().canonical();
            if (row.undoes()) {
                applied.remove(key);
                continue;
            }
            if (!row.applies()) {
                continue;
            }
            FlywayVersion version = row.version().get();
            if (newest != null && version.compareTo(newest) < 0 && !row.isBaseline()) {
                warnings.add(row.describe() + " was applied out of order, after version " + newest.display()
                        + "; the revisions run in version order on a new database");
            }
            if (newest == null || version.compareTo(newest) > 0) {
                newest = version;
            }
            if (row.isBaseline()) {
                baseline = Optional.of(version);
            }
            applied.put(key, row);
        }
        for (FlywayHistoryRow row : applied.values()) {
            check(flyway, row, problems);
        }
        if (newest != null) {
            holes(flyway, applied, baseline, newest, problems);
        }
        if (!problems.isEmpty()) {
            throw new FlywayImportException("Nothing was imported or stamped, because Flyway's history and the files"
                    + " disagree", problems);
        }
        FlywayVersion top = newest;
        Optional<String> stamp = top == null ? Optional.empty() : flyway.revisions().stream()
                .filter(revision -> revision.version().compareTo(top) <= 0)
                .max(Comparator.comparing(ImportedRevision::version))
                .map(ImportedRevision::id);
        return new FlywayTakeover(stamp, Optional.ofNullable(top), warnings);
    }

    /** An applied SQL migration must still have its file, unchanged. */
    private static void check(FlywayImport flyway, FlywayHistoryRow row, List<String> problems) {
        if (row.isBaseline() || !row.isSql()) {
            return;
        }
        Optional<ImportedRevision> revision = flyway.revisionOf(row.version().orElseThrow());
        if (revision.isEmpty()) {
            problems.add("Flyway applied " + row.describe() + " but " + flyway.folder().directory()
                    + " has no V file of that version: restore it");
            return;
        }
        if (row.checksum().isEmpty()) {
            return;
        }
        int now = FlywayChecksum.of(bytes(revision.get().source()));
        if (now != row.checksum().get()) {
            problems.add(revision.get().source().path() + " has changed since Flyway applied it (checksum "
                    + row.checksum().get() + " recorded, " + now + " now): restore the file as it was applied,"
                    + " or run 'flyway repair' if the change is harmless");
        }
    }

    /** Every versioned file below the newest applied version must be applied or baselined. */
    private static void holes(FlywayImport flyway, Map<String, FlywayHistoryRow> applied,
                              Optional<FlywayVersion> baseline, FlywayVersion newest, List<String> problems) {
        for (ImportedRevision revision : flyway.revisions()) {
            FlywayVersion version = revision.version();
            boolean belowBaseline = baseline.isPresent() && version.compareTo(baseline.get()) <= 0;
            if (version.compareTo(newest) < 0 && !belowBaseline && !applied.containsKey(version.canonical())) {
                problems.add(revision.source().name() + " (version " + version.display() + ") was never applied,"
                        + " though Flyway applied version " + newest.display() + ": apply it with Flyway"
                        + " (outOfOrder) first, or remove the file if it is not wanted");
            }
        }
    }

    private static byte[] bytes(FlywayFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new FlywayImportException(file.path() + " cannot be read: " + e.getMessage());
        }
    }
}
