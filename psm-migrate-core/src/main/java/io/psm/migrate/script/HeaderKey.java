package io.psm.migrate.script;

import java.util.Locale;
import java.util.Optional;

/** The keys a script header knows, with their spelling in the file. */
enum HeaderKey {
    REVISION_ID("Revision ID"),
    REVISES("Revises"),
    CREATE_DATE("Create Date"),
    BRANCH_LABELS("Branch Labels"),
    DEPENDS_ON("Depends On"),
    TRANSACTIONAL("Transactional"),
    REPLACES("Replaces");

    /** Keys this far (in edits, case and spaces ignored) from a known key are taken for typos of it. */
    private static final int TYPO_DISTANCE = 2;

    private final String label;

    HeaderKey(String label) {
        this.label = label;
    }

    /** The key as written in a header, such as {@code Revision ID}. */
    String label() {
        return label;
    }

    /** The known key spelled {@code text}, ignoring case. */
    static Optional<HeaderKey> of(String text) {
        for (HeaderKey key : values()) {
            if (key.label.equalsIgnoreCase(text)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The known key that {@code text} is most likely a misspelling of, if any is close enough. */
    static Optional<HeaderKey> misspelled(String text) {
        String squeezed = squeeze(text);
        for (HeaderKey key : values()) {
            if (distance(squeezed, squeeze(key.label)) <= TYPO_DISTANCE) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String text) {
        return text.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance of two short strings. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
