/**
 * Running plans: {@link io.psm.migrate.execute.MigrationExecutor} opens one connection, takes the
 * migration lock, creates the version and history tables on first use, reads the current heads,
 * asks its caller for a plan and runs it, each revision in its own transaction with its
 * version-table changes and history row; it also reads the state without locking and stamps.
 * {@link io.psm.migrate.execute.OfflineRenderer} writes a plan as a SQL script instead, touching no
 * database.
 */
package io.psm.migrate.execute;
