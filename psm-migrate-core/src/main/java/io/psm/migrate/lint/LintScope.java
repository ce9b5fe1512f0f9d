package io.psm.migrate.lint;

import java.util.Objects;

/**
 * Which revisions a lint run reports on. Every revision is read all the same, oldest first, so that
 * a rule knows what earlier revisions did (a column's type, a validated {@code CHECK}).
 */
public sealed interface LintScope {

    /** Every revision. */
    static LintScope every() {
        return new Every();
    }

    /**
     * The revisions of a range, {@code A:B} as {@code history -r} reads it, or the revisions one
     * target names ({@code head}, {@code heads}, an id).
     */
    static LintScope range(String range) {
        return new Range(range);
    }

    /** The revisions the database has not applied (needs a database). */
    static LintScope pending() {
        return new Pending();
    }

    /** Every revision. */
    record Every() implements LintScope {
    }

    /**
     * A range or target.
     *
     * @param range {@code A:B}, {@code A:}, {@code :B}, or a target ({@code head}, an id)
     */
    record Range(String range) implements LintScope {

        public Range {
            Objects.requireNonNull(range, "range");
        }
    }

    /** The revisions the database has not applied. */
    record Pending() implements LintScope {
    }
}
