package io.psm.migrate.adopt;

/** What a squashed revision's upgrade holds. */
public enum SquashMode {
    /** The upgrades of the range, statement for statement, in order. */
    STATEMENTS,
    /**
     * The schema the range builds, read back from a scratch schema upgraded to its end and written
     * as one statement per object, then the range's statements that change data.
     */
    FROM_SCHEMA
}
