/**
 * The lint: finds statements in migration scripts that would block a live database (an index built
 * without {@code CONCURRENTLY}, a constraint validated under a lock, a column type change that
 * rewrites the table, a MySQL {@code ALTER TABLE} that copies the table) and renames and drops that
 * break instances of the running release.
 *
 * <p>{@link io.psm.migrate.lint.Linter} is the entry point: given the revisions oldest first, the
 * database's name and, when known, the server's {@link io.psm.migrate.lint.ServerVersion}, it
 * returns a {@link io.psm.migrate.lint.LintReport} of {@link io.psm.migrate.lint.Finding}s, each
 * naming its {@link io.psm.migrate.lint.LintRule}. It knows what a linter of single files cannot:
 * which tables a revision creates itself (nobody uses those yet), whether a revision runs in a
 * transaction, and what earlier revisions did to a column.
 *
 * <p>Statements come from the script splitter; a small tokenizer of the lint's own reads each one
 * (keywords, quoted identifiers, strings, comments, parentheses) into the few shapes the rules know,
 * so that a keyword in a comment or string is never taken for one. A comment
 * {@code -- psm:lint-ignore rule-id reason} on the line before a statement suppresses that rule
 * there.
 */
package io.psm.migrate.lint;
