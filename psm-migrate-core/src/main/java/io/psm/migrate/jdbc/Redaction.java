package io.psm.migrate.jdbc;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords where they stand as credentials in a text: the password of a URL's user-info
 * ({@code scheme://user:password@host}), the value of a {@code password=}, {@code sslpassword=},
 * {@code passwd=} or {@code pwd=} parameter or property, and the value of a {@code --password}
 * option; in SQL ({@link #redactStatement}) also the quoted password of a statement that sets one
 * ({@code PASSWORD 'x'}, {@code IDENTIFIED BY 'x'}).
 * Nothing else is touched: a password that happens to be a word or a letter ({@code p},
 * {@code postgres}) is not masked where it appears as other text.
 *
 * <p>Where a value's end is not plain from the text, the passwords the caller knows tell it: a
 * known password after {@code user:} and before {@code @} is masked exactly, even with an unescaped
 * {@code @} or {@code /} in it. Without one, the user-info runs to the last {@code @} of the URL, as
 * {@link UrlParser} reads it, so an unusual password is masked whole rather than in part.
 */
final class Redaction {

    /** What a password is replaced by. */
    static final String MASK = "****";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern PARAMETER = Pattern.compile("(?i)\\b(?:ssl)?(?:password|passwd|pwd)=");
    private static final Pattern OPTION = Pattern.compile("--password(?:=|[ \\t]+)");
    private static final Pattern SQL_PASSWORD =
            Pattern.compile("(?i)((?:\\bpassword|\\bidentified\\s+by)\\s*=?\\s*)'(?:[^']|'')*'");
    /** Characters that end a URL or a parameter's value in running text. */
    private static final String VALUE_ENDS = "&;\"'`<>";

    private Redaction() {
    }

    /**
     * The text with every password that stands as a credential replaced by {@link #MASK}.
     *
     * @param text a URL or a message quoting one; {@code null} gives {@code null}
     * @return the masked text
     */
    static String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * The text with every password that stands as a credential replaced by {@link #MASK}, the
     * known passwords telling where a value ends.
     *
     * @param text  the text; {@code null} gives {@code null}
     * @param known passwords the caller knows of, raw and percent-encoded; blank ones are ignored
     * @return the masked text
     */
    static String redact(String text, Collection<String> known) {
        if (text == null) {
            return null;
        }
        List<String> passwords = known.stream().filter(value -> value != null && !value.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String masked = values(text, OPTION, passwords, " \t\n\r");
        masked = values(masked, PARAMETER, passwords, " \t\n\r" + VALUE_ENDS);
        return userInfo(masked, passwords);
    }

    /**
     * SQL (or a database message quoting it) with the passwords it sets masked too:
     * {@code PASSWORD 'x'}, {@code PASSWORD = 'x'}, {@code IDENTIFIED BY 'x'}. Kept apart from
     * {@link #redact(String)}, as other text may say {@code identified by 'x'} of something else.
     *
     * @param sql the statement; {@code null} gives {@code null}
     * @return the masked statement
     */
    static String redactStatement(String sql) {
        if (sql == null) {
            return null;
        }
        return redact(SQL_PASSWORD.matcher(sql).replaceAll(match -> Matcher.quoteReplacement(match.group(1)) + "'"
                + MASK + "'"));
    }

    /** Masks the value after each match of {@code before}: a known password, else up to one of {@code ends}. */
    private static String values(String text, Pattern before, List<String> passwords, String ends) {
        Matcher matcher = before.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (matcher.find()) {
            int start = matcher.end();
            if (start < text.length() && text.charAt(start) == '\'') {
                continue; // SQL's PASSWORD = '…', masked already
            }
            int end = known(text, start, passwords, null).orElseGet(() -> endOfValue(text, start, ends));
            if (end > start) {
                out.append(text, copied, start).append(MASK);
                copied = end;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Masks the password of each URL's {@code user:password@}. */
    private static String userInfo(String text, List<String> passwords) {
        Matcher matcher = SCHEME.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (matcher.find()) {
            int start = matcher.end();
            int end = endOfValue(text, start, " \t\n\r" + VALUE_ENDS);
            int at = text.lastIndexOf('@', end - 1);
            int colon = text.indexOf(':', start);
            if (at < start || colon < 0 || colon > at || start < copied) {
                continue;
            }
            int passwordEnd = known(text, colon + 1, passwords, '@').orElse(at);
            out.append(text, copied, colon + 1).append(MASK);
            copied = passwordEnd;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where a known password that starts at {@code start} ends (followed by {@code next}, when given). */
    private static Optional<Integer> known(String text, int start, List<String> passwords, Character next) {
        for (String password : passwords) {
            int end = start + password.length();
            if (text.startsWith(password, start) && (next == null || (end < text.length() && text.charAt(end) == next))) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    private static int endOfValue(String text, int start, String ends) {
        int i = start;
        while (i < text.length() && ends.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
