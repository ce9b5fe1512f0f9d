package io.psm.migrate.version;

import io.psm.migrate.plan.Direction;

import java.util.Locale;

/** What a history row records: a revision upgraded, downgraded, or a version-table change made by {@code stamp}. */
public enum HistoryAction {
    /** A revision's upgrade ran. */
    UPGRADE,
    /** A revision's downgrade ran. */
    DOWNGRADE,
    /** The version table was changed without running anything. */
    STAMP;

    /** The word stored in the {@code direction} column: {@code upgrade}, {@code downgrade}, {@code stamp}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The action of a step run in a direction.
     *
     * @param direction the step's direction
     * @return {@link #UPGRADE} or {@link #DOWNGRADE}
     */
    public static HistoryAction of(Direction direction) {
        return direction == Direction.UPGRADE ? UPGRADE : DOWNGRADE;
    }

    /**
     * The action stored as {@code word}.
     *
     * @param word the column's value
     * @return the action
     * @throws IllegalArgumentException when it is none of the three words
     */
    public static HistoryAction fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
