package io.psm.migrate.adopt;

import io.psm.migrate.script.ScriptWriter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole take-over from Flyway: read the folder, judge the database's Flyway history against it,
 * write the revisions, and stamp the database at the newest version Flyway applied, in that order,
 * so that a refusal comes before anything is written.
 */
public final class FlywayAdoption {

    /** What the take-over needs of the database; the façade provides it. */
    public interface Database {

        /** Flyway's history rows, by installed rank. */
        List<FlywayHistoryRow> flywayHistory();

        /** The version table's rows now. */
        List<String> heads();

        /** Stamps the database at a revision, once its file is written. */
        void stamp(String revision);
    }

    private FlywayAdoption() {
    }

    /**
     * Imports a folder and, with a database, takes it over.
     *
     * @param flyway    the folder, read
     * @param writer    writes the revisions
     * @param directory the migration folder
     * @param existing  the files of the revisions the folder already has, by id
     * @param database  the database Flyway migrated, if one is to be taken over
     * @return what was written and stamped
     * @throws FlywayImportException when the history disagrees with the files, the database already
     *                               holds revisions that are not these, or revisions exist with
     *                               another text; nothing is written or stamped then
     */
    public static FlywayImportResult run(FlywayImport flyway, ScriptWriter writer, Path directory,
                                         Map<String, Path> existing, Optional<Database> database) {
        List<String> ids = flyway.revisions().stream().map(ImportedRevision::id).toList();
        if (database.isEmpty()) {
            List<ImportedFile> files = flyway.write(writer, directory, existing);
            return new FlywayImportResult(files, flyway.notes(), Optional.empty(), Optional.empty(), ids,
                    Optional.empty());
        }
        FlywayTakeover takeover = FlywayTakeover.of(flyway, database.get().flywayHistory());
        int target = takeover.stampRevision().map(ids::indexOf).orElse(-1);
        int current = position(database.get().heads(), ids);
        List<ImportedFile> files = flyway.write(writer, directory, existing);
        Optional<String> stamped = Optional.empty();
        if (target > current) {
            database.get().stamp(ids.get(target));
            stamped = Optional.of(ids.get(target));
        }
        int at = Math.max(target, current);
        List<String> pending = ids.subList(at + 1, ids.size());
        return new FlywayImportResult(files, flyway.notes(), Optional.of(takeover), stamped, pending,
                at < 0 ? Optional.empty() : Optional.of(ids.get(at)));
    }

    /** Where the database already is in the chain: -1 when empty; an error when at a revision not of it. */
    private static int position(List<String> heads, List<String> ids) {
        if (heads.isEmpty()) {
            return -1;
        }
        if (heads.size() > 1 || !ids.contains(heads.get(0))) {
            throw new FlywayImportException("The database is already at revision(s) " + String.join(", ", heads)
                    + ", which this import does not write; it was taken over before, or by other revisions:"
                    + " check 'current' and 'history', and stamp it by hand if that is what you mean");
        }
        return ids.indexOf(heads.get(0));
    }
}
