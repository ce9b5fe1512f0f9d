/**
 * Running plans: {@link io.psm.migrate.execute.MigrationExecutor} opens one connection, plans and
 * checks without the lock (so a command that cannot start leaves nothing behind), takes the
 * migration lock, reads the current heads again, refuses a revision whose earlier attempt left part
 * of it applied, creates the version and history tables on first use and runs the plan, each
 * revision in its own transaction with its version-table changes and history row, or the whole run
 * in one ({@link io.psm.migrate.execute.TransactionMode}); a failure is recorded in a failed row of
 * its own. It also reads the state without locking, stamps and repairs.
 * {@link io.psm.migrate.execute.OfflineRenderer} writes a plan as a SQL script instead, touching no
 * database.
 */
package io.psm.migrate.execute;
