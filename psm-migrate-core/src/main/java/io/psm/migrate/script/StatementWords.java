package io.psm.migrate.script;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of the statement being split, enough to tell explicit transaction control
 * ({@code BEGIN}, {@code COMMIT}, …) and the start of a {@code CREATE} statement.
 *
 * <p>It keeps only the first few words and whether anything but words appeared, so its memory does
 * not grow with the statement.
 */
final class StatementWords {

    private static final int KEPT = 2;

    /** Statements that start, end or abandon a transaction, as upper-case word lists. */
    private static final Set<List<String>> TRANSACTION_CONTROL = Set.of(
            List.of("BEGIN"), List.of("BEGIN", "TRANSACTION"), List.of("BEGIN", "WORK"),
            List.of("START", "TRANSACTION"),
            List.of("COMMIT"), List.of("COMMIT", "TRANSACTION"), List.of("COMMIT", "WORK"),
            List.of("END"), List.of("END", "TRANSACTION"), List.of("END", "WORK"),
            List.of("ROLLBACK"), List.of("ROLLBACK", "TRANSACTION"), List.of("ROLLBACK", "WORK"));

    private final String[] first = new String[KEPT];
    private int count;
    private String last;
    private boolean other;

    /** Records a word (an identifier or key word outside quotes and comments). */
    void word(String word) {
        if (count < KEPT) {
            first[count] = word.toUpperCase(Locale.ROOT);
        }
        count++;
        last = word;
    }

    /** Records any other token: a literal, a quoted identifier, a number or a symbol. */
    void other() {
        other = true;
    }

    /** Whether the statement's first word is {@code keyword}, ignoring case. */
    boolean startsWith(String keyword) {
        return count > 0 && first[0].equals(keyword);
    }

    /** Whether the last word seen is {@code keyword}, ignoring case. */
    boolean lastIs(String keyword) {
        return last != null && last.equalsIgnoreCase(keyword);
    }

    /** Whether the statement is exactly a transaction-control command, such as {@code BEGIN} or {@code COMMIT WORK}. */
    boolean isTransactionControl() {
        if (other || count == 0 || count > KEPT) {
            return false;
        }
        return TRANSACTION_CONTROL.contains(Arrays.asList(first).subList(0, count));
    }

    /** Forgets everything, for the next statement. */
    void clear() {
        count = 0;
        last = null;
        other = false;
    }
}
