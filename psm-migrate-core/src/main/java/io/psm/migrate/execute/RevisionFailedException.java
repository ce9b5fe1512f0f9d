package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;
import io.psm.migrate.script.SqlStatement;

import java.util.List;
import java.util.OptionalInt;

/**
 * A revision failed while it ran. Its transaction was rolled back and the failure recorded in a
 * failed history row; where the database commits DDL (H2) or the revision is not transactional, the
 * message also lists the statements that stayed applied, by file and line, and says how to recover
 * (undo them or make them safe to repeat, then {@code repair}). The message reads
 * {@code Revision 3f2a9c1b7d4e (db/migrations/3f2a9c1b7d4e_add_phone.sql, line 12) failed: ERROR: …}.
 */
public class RevisionFailedException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;
    private final int line;
    private final String databaseMessage;
    private final transient List<SqlStatement> statementsRun;

    RevisionFailedException(String message, String revision, String location, OptionalInt line,
            String databaseMessage, List<SqlStatement> statementsRun, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.location = location;
        this.line = line.orElse(0);
        this.databaseMessage = databaseMessage;
        this.statementsRun = List.copyOf(statementsRun);
    }

    /** The message, with the repair command as the front end spells it. */
    @Override
    public String messageFor(String commandPrefix) {
        return withCommand(getMessage(), "repair", commandPrefix);
    }

    /** The revision that failed. */
    public String revision() {
        return revision;
    }

    /** Its file or class. */
    public String location() {
        return location;
    }

    /** The file line of the failing statement, for a SQL revision. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** What the database (or the Java migration) said. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /**
     * The statements of the revision that ran before the failure and stayed applied after the
     * rollback: empty where the whole revision was rolled back.
     */
    public List<SqlStatement> statementsRun() {
        return statementsRun == null ? List.of() : statementsRun;
    }
}
