package io.psm.migrate.dialect;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in messages: {@code 840 ms}, {@code 1.8 s}, {@code 60 s}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
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
