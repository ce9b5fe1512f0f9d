package io.psm.migrate.autogenerate.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one SQLite statement as {@code sqlite_master} keeps it: words, quoted identifiers
 * ({@code "a"}, {@code `a`}, {@code [a]}), string literals and single punctuation characters, with
 * comments and white space left out. Enough to find the parts of a {@code CREATE TABLE} that
 * SQLite's pragmas do not tell: constraint names and {@code CHECK} expressions.
 */
final class SqliteTokens {

    /** One token and where it stands in the statement. */
    record Token(String text, boolean quoted, int start, int end) {

        /** The identifier this token names: a quoted one without its quotes, a word as written. */
        String identifier() {
            if (!quoted) {
                return text;
            }
            String body = text.substring(1, text.length() - 1);
            char quote = text.charAt(0);
            return quote == '[' ? body : body.replace(String.valueOf(quote) + quote, String.valueOf(quote));
        }

        /** Whether the token is this key word (case-insensitive) and not a quoted identifier. */
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }

        /** The key word in upper case, or empty for anything that is not a bare word. */
        String word() {
            return quoted || text.isEmpty() || !isWordChar(text.charAt(0)) ? "" : text.toUpperCase(Locale.ROOT);
        }
    }

    private SqliteTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '"' || c == '`' || c == '\'' || c == '[') {
                int end = closing(sql, i, c == '[' ? ']' : c);
                tokens.add(new Token(sql.substring(i, end), c != '\'', i, end));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(sql.substring(i, end), false, i, end));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), false, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The end (exclusive) of a quoted token starting at {@code start}; a doubled quote stays inside. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
