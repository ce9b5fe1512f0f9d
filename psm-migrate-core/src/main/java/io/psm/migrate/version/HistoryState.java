package io.psm.migrate.version;

import java.util.Locale;

/**
 * How a step recorded in the history table ended: applied, failed, or still running (in progress,
 * or killed in progress) as far as the database knows.
 */
public enum HistoryState {
    /** The step completed and was committed with its version-table changes. */
    APPLIED,
    /** The step failed; what of it stayed in the database is recorded with it. */
    FAILED,
    /**
     * The step started and has not ended: it is running now, or its process died while it ran.
     * Written before a step whose statements commit as they run (a {@code Transactional: false}
     * revision, or any revision on a database that commits DDL).
     */
    RUNNING;

    /** The word stored in the {@code state} column and shown by the endpoint: {@code applied}, {@code failed}, {@code running}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state stored as {@code word}.
     *
     * @param word the column's value
     * @return the state
     * @throws IllegalArgumentException when it is none of the three words
     */
    public static HistoryState fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
