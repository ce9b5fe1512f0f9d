package io.psm.migrate.plan;

import java.util.Locale;

/** Which way a step moves through the revision graph. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    /** The lower-case word used in log lines and the history table: {@code upgrade}, {@code downgrade}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
