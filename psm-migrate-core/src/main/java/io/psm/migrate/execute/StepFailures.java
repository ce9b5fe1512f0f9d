package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;
import io.psm.migrate.script.SqlStatement;

import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Turns a step's failure into the exception the run throws, naming the revision, its file, the
 * failing statement's line and what the database said, and, where a rollback cannot undo them,
 * the statements that had already run.
 */
final class StepFailures {

    private final boolean transactionalDdl;
    private final String versionTable;

    /**
     * @param transactionalDdl whether the database rolls DDL back with the transaction
     * @param versionTable     the version table, for failures while recording a step
     */
    StepFailures(boolean transactionalDdl, String versionTable) {
        this.transactionalDdl = transactionalDdl;
        this.versionTable = versionTable;
    }

    RuntimeException describe(PreparedStep prepared, Progress progress, Exception cause) {
        String revision = prepared.revision();
        String location = prepared.script().location();
        if (progress.isRecording()) {
            if (cause instanceof MigrateException typed) {
                return typed;
            }
            String said = said(cause);
            return new RevisionFailedException("Revision " + revision + " (" + location + ") ran, but recording it in "
                    + versionTable + " failed: " + said, revision, location, OptionalInt.empty(), said, List.of(), cause);
        }
        OptionalInt line = progress.running().map(statement -> OptionalInt.of(statement.line())).orElse(OptionalInt.empty());
        String where = line.isPresent() ? location + ", line " + line.getAsInt() : location;
        String said = said(cause);
        List<SqlStatement> remaining = rollbackLeaves(prepared) ? progress.ran() : List.of();
        String message = "Revision " + revision + " (" + where + ") failed: " + said + remainder(prepared, remaining);
        return new RevisionFailedException(message, revision, location, line, said, remaining, cause);
    }

    /** Whether statements that ran stay applied after a rollback. */
    private boolean rollbackLeaves(PreparedStep prepared) {
        return !prepared.transactional() || !transactionalDdl;
    }

    private static String remainder(PreparedStep prepared, List<SqlStatement> remaining) {
        if (remaining.isEmpty()) {
            return "";
        }
        String what = prepared.transactional()
                ? ". Statements that ran before it may not have been rolled back, as this database commits DDL: "
                : ". Statements that ran before it were not rolled back, as the revision is not transactional: ";
        return what + remaining.stream()
                .map(statement -> "line " + statement.line() + " " + Messages.preview(statement.sql()))
                .collect(Collectors.joining("; "));
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
