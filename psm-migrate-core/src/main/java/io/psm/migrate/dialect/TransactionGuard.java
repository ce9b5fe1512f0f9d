package io.psm.migrate.dialect;

import java.sql.SQLException;

/**
 * What a dialect does around one revision's transaction: prepared before the transaction begins,
 * asked to check the revision's work before it commits, closed after it committed or rolled back.
 * SQLite uses it for foreign keys, whose enforcement cannot change inside a transaction; other
 * databases need nothing ({@link #NONE}). One guard per revision, on the revision's thread.
 */
public interface TransactionGuard extends AutoCloseable {

    /** The guard that does nothing. */
    TransactionGuard NONE = new TransactionGuard() {
        @Override
        public void beforeCommit() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Checks the revision's work inside its transaction, just before the commit.
     *
     * @throws SQLException when the work must not be committed; the revision then fails and is rolled back
     */
    void beforeCommit() throws SQLException;

    /**
     * Puts back what was changed before the transaction began; called after the commit or rollback.
     *
     * @throws SQLException when the database refuses
     */
    @Override
    void close() throws SQLException;
}
