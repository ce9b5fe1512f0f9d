package io.psm.migrate.lint;

import java.util.Objects;

/**
 * One thing the lint found in one statement.
 *
 * @param location where the revision's file is (a path, or a classpath resource), as it was loaded
 * @param line     the 1-based line of the statement (of the comment, for {@link LintRule#INVALID_LINT_IGNORE})
 * @param revision the revision's id
 * @param rule     the rule
 * @param message  what the statement locks and why, and the safe way
 */
public record Finding(String location, int line, String revision, LintRule rule, String message) {

    public Finding {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
