package io.psm.migrate.lint;

/**
 * A rule that fired on a statement, before it is placed in a file and matched with suppressions.
 *
 * @param rule    the rule
 * @param message what the statement locks and why, and the safe way
 */
record Hit(LintRule rule, String message) {
}
