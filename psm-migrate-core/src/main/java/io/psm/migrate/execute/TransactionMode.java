package io.psm.migrate.execute;

import java.util.Locale;

/**
 * How a run frames its revisions in transactions ({@code psm.migrate.transaction-mode},
 * {@code --transaction-mode}).
 */
public enum TransactionMode {
    /**
     * Each revision in its own transaction with its version-table changes (the default, Alembic's
     * {@code transaction_per_migration=True}): a failure keeps the revisions before it.
     */
    PER_REVISION,
    /**
     * The whole run in one transaction (Alembic's default {@code env.py}, Flyway's {@code group}):
     * a failure leaves the database exactly as it was, version and history rows included. Only
     * where DDL is transactional (PostgreSQL, SQLite) and no revision of the run is
     * {@code Transactional: false}; otherwise the run is refused before anything runs.
     */
    ALL;

    /** The setting's word: {@code per-revision} or {@code all}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The mode named {@code word}, ignoring case, with {@code -} or {@code _} between words.
     *
     * @param word {@code per-revision} or {@code all}
     * @return the mode
     * @throws IllegalArgumentException naming the accepted words when it is neither
     */
    public static TransactionMode fromWord(String word) {
        for (TransactionMode mode : values()) {
            if (mode.word().equalsIgnoreCase(word.strip().replace('_', '-'))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown transaction mode '" + word + "': use per-revision or all");
    }
}
