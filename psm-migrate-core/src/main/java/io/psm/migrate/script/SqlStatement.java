package io.psm.migrate.script;

/**
 * One statement of a SQL script.
 *
 * @param sql                the statement without its terminating semicolon
 * @param line               the 1-based line of the file on which it starts
 * @param transactionControl whether it is an explicit {@code BEGIN}, {@code START TRANSACTION},
 *                           {@code COMMIT}, {@code END} or {@code ROLLBACK}: inside a transactional
 *                           revision the engine's own transaction already frames the script, so
 *                           these are skipped there, and run as written in a
 *                           {@code Transactional: false} script
 */
public record SqlStatement(String sql, int line, boolean transactionControl) {
}
