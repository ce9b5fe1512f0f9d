package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into {@link Token}s: words, quoted identifiers, string literals, numbers, symbols
 * and comments, each with its file line. It reads what the statement splitter already split, so it
 * only has to know enough to keep a keyword inside a string or comment from being taken as one.
 * Unclosed quotes and comments end at the end of the text (the splitter has reported them already).
 * Each instance reads one text and is then thrown away.
 */
final class SqlTokenizer {

    private final String sql;
    private final SqlSyntax syntax;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line;

    private SqlTokenizer(String sql, int firstLine, SqlSyntax syntax) {
        this.sql = sql;
        this.line = firstLine;
        this.syntax = syntax;
    }

    /**
     * The tokens of a text, comments included.
     *
     * @param sql       the text
     * @param firstLine the file line it starts on
     * @param syntax    the database's lexical rules
     * @return the tokens in order
     */
    static List<Token> tokenize(String sql, int firstLine, SqlSyntax syntax) {
        return new SqlTokenizer(sql, firstLine, syntax).run();
    }

    private List<Token> run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            int start = pos;
            int startLine = line;
            if (c == '\n' || (c == '\r' && peek(1) != '\n')) {
                line++;
                pos++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            Token.Kind kind = next(c);
            String text = kind == Token.Kind.QUOTED ? unquote(sql.substring(start, pos)) : sql.substring(start, pos);
            tokens.add(new Token(kind, text, startLine));
        }
        return List.copyOf(tokens);
    }

    /** Reads the token that starts with {@code c} and says what it was. */
    private Token.Kind next(char c) {
        if ((c == '-' && peek(1) == '-') || (c == '#' && syntax == SqlSyntax.MYSQL)) {
            skipTo('\n');
            return Token.Kind.COMMENT;
        }
        if (c == '/' && peek(1) == '*') {
            blockComment();
            return Token.Kind.COMMENT;
        }
        if (c == '\'') {
            quoted('\'', syntax == SqlSyntax.MYSQL);
            return Token.Kind.STRING;
        }
        if (c == '"') {
            quoted('"', syntax == SqlSyntax.MYSQL);
            return syntax == SqlSyntax.MYSQL ? Token.Kind.STRING : Token.Kind.QUOTED;
        }
        if (c == '`' && syntax == SqlSyntax.MYSQL) {
            quoted('`', false);
            return Token.Kind.QUOTED;
        }
        if (c == '$' && syntax == SqlSyntax.STANDARD && dollarTag() != null) {
            dollarQuoted(dollarTag());
            return Token.Kind.STRING;
        }
        if ((c == 'E' || c == 'e') && peek(1) == '\'' && syntax == SqlSyntax.STANDARD) {
            pos++;
            quoted('\'', true);
            return Token.Kind.STRING;
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
                pos++;
            }
            return Token.Kind.NUMBER;
        }
        if (isWordStart(c)) {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            return Token.Kind.WORD;
        }
        pos += c == ':' && peek(1) == ':' ? 2 : 1;
        return Token.Kind.SYMBOL;
    }

    private void quoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslashEscapes && c == '\\') {
                if (peek(1) == '\n') {
                    line++;
                }
                pos += 2;
            } else if (c == quote && peek(1) == quote) {
                pos += 2;
            } else {
                pos++;
                if (c == quote) {
                    return;
                }
            }
        }
        pos = sql.length();
    }

    private void blockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth = syntax == SqlSyntax.MYSQL ? 1 : depth + 1;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
    }

    /** The {@code $tag$} that starts at {@code pos}, or null when there is none ({@code $1} is a parameter). */
    private String dollarTag() {
        int i = pos + 1;
        if (i < sql.length() && isWordStart(sql.charAt(i))) {
            while (i < sql.length() && (isWordStart(sql.charAt(i)) || Character.isDigit(sql.charAt(i)))) {
                i++;
            }
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(pos, i + 1) : null;
    }

    private void dollarQuoted(String tag) {
        int close = sql.indexOf(tag, pos + tag.length());
        int end = close < 0 ? sql.length() : close + tag.length();
        for (int i = pos; i < end; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
    }

    private void skipTo(char end) {
        while (pos < sql.length() && sql.charAt(pos) != end) {
            pos++;
        }
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || Character.isDigit(c) || c == '$';
    }

    /** A quoted identifier's name: the quotes removed, doubled quotes made single. */
    private static String unquote(String quoted) {
        char quote = quoted.charAt(0);
        boolean closed = quoted.length() > 1 && quoted.charAt(quoted.length() - 1) == quote;
        String inner = quoted.substring(1, closed ? quoted.length() - 1 : quoted.length());
        return inner.replace(String.valueOf(quote) + quote, String.valueOf(quote));
    }
}
