package io.psm.migrate.dialect;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in log lines and messages: {@code 840 ms}, {@code 1.8 s}, {@code 60 s}. */
public final class Durations {

    private Durations() {
    }

    /**
     * Formats a duration for people.
     *
     * @param duration the duration
     * @return milliseconds below a second, else seconds with one decimal where needed; a minus sign before a negative one
     */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
