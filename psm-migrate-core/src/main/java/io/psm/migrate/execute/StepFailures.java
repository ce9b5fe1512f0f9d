package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.Interruption;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a step's failure into the exception the run throws, naming the revision, its file, the
 * failing statement's line and what the database said, and, where a rollback cannot undo them,
 * the statements that stayed applied and what to do about them; and into what its failed history
 * row records.
 */
final class StepFailures {

    /**
     * A described failure.
     *
     * @param exception what the run throws
     * @param record    what the failed history row keeps: the statements that stayed, the failing line, the message
     */
    record Failure(RuntimeException exception, Interruption record) {
    }

    private final Dialect dialect;
    private final String versionTable;

    /**
     * @param dialect      the database's dialect, which tells what a rollback undoes
     * @param versionTable the version table, for failures while recording a step
     */
    StepFailures(Dialect dialect, String versionTable) {
        this.dialect = dialect;
        this.versionTable = versionTable;
    }

    /**
     * Describes a failure of a step run in a transaction of its own (or outside any).
     *
     * @param prepared the step
     * @param progress how far it got
     * @param cause    what failed
     * @return the exception and the history record
     */
    Failure describe(PreparedStep prepared, Progress progress, Exception cause) {
        List<SqlStatement> persisted = progress.persisted(prepared.transactional(), dialect);
        String said = said(cause);
        List<Integer> lines = Progress.lines(persisted);
        String revision = prepared.revision();
        String location = prepared.script().location();
        if (progress.isRecording()) {
            RuntimeException exception = cause instanceof MigrateException typed ? typed : new RevisionFailedException(
                    "Revision " + revision + " (" + location + ") ran, but recording it in " + versionTable
                            + " failed: " + said + remainder(prepared, persisted), revision, location,
                    OptionalInt.empty(), said, persisted, cause);
            return new Failure(exception, new Interruption(lines, OptionalInt.empty(), Optional.of(said)));
        }
        OptionalInt line = progress.running().map(statement -> OptionalInt.of(statement.line())).orElse(OptionalInt.empty());
        String where = line.isPresent() ? location + ", line " + line.getAsInt() : location;
        String message = "Revision " + revision + " (" + where + ") failed: " + said + remainder(prepared, persisted);
        return new Failure(new RevisionFailedException(message, revision, location, line, said, persisted, cause),
                new Interruption(lines, line, Optional.of(said)));
    }

    /**
     * Describes a failure of a step run in the one transaction of the whole run
     * ({@link TransactionMode#ALL}): everything is rolled back, so no statement stays.
     */
    RuntimeException describeRolledBack(PreparedStep prepared, Progress progress, Exception cause) {
        if (progress.isRecording() && cause instanceof MigrateException typed) {
            return typed;
        }
        String revision = prepared.revision();
        String location = prepared.script().location();
        OptionalInt line = progress.running().map(statement -> OptionalInt.of(statement.line())).orElse(OptionalInt.empty());
        String where = line.isPresent() ? location + ", line " + line.getAsInt() : location;
        String said = said(cause);
        return new RevisionFailedException("Revision " + revision + " (" + where + ") failed: " + said
                + ". The whole run was rolled back (transaction mode all): the database is as it was before it",
                revision, location, line, said, List.of(), cause);
    }

    private String remainder(PreparedStep prepared, List<SqlStatement> persisted) {
        if (persisted.isEmpty()) {
            return "";
        }
        String why = prepared.transactional()
                ? "ran before it and stayed applied, as this database commits DDL: "
                : "ran before it and was not rolled back, as the revision is not transactional: ";
        if (persisted.size() > 1) {
            why = why.replace("was not", "were not");
        }
        String sentence = Recovery.these(persisted.size(), why);
        return ". " + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
                + Recovery.list(prepared.script().location(), persisted) + ". " + Recovery.whatToDo(persisted.size());
    }

    /** What the database said, on one line with passwords masked; for code, the exception's type and message. */
    private static String said(Exception cause) {
        if (cause instanceof SQLException) {
            return Messages.masked(Messages.oneLine(cause.getMessage()));
        }
        String text = cause.getMessage() == null ? "" : ": " + Messages.masked(Messages.oneLine(cause.getMessage()));
        return cause.getClass().getSimpleName() + text;
    }
}
