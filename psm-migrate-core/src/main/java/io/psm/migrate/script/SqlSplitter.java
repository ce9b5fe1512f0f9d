package io.psm.migrate.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits one SQL section into statements, in one left-to-right pass, for PostgreSQL and H2.
 *
 * <p>A {@code ;} ends a statement unless it sits inside a single-quoted string ({@code ''} escapes
 * a quote; after an {@code E} prefix a backslash escapes too), a double-quoted identifier, a
 * {@code --} line comment, a block comment (nested, as PostgreSQL and H2 nest them),
 * a dollar-quoted body ({@code $$ … $$}, {@code $tag$ … $tag$}; {@code $1} is a parameter, not a
 * quote), parentheses (as in {@code CREATE RULE … DO (INSERT …; INSERT …)}; psql splits the same
 * way) or the SQL-standard body {@code BEGIN ATOMIC … END} of a {@code CREATE FUNCTION} or
 * {@code CREATE PROCEDURE}. {@code //} is not taken as a comment.
 *
 * <p>A statement runs from its first character outside a comment to its last one before the
 * {@code ;}: comments before it and after its last token are dropped, comments inside it are kept.
 * Its line is the file line of that first character. Chunks that hold only comments are dropped.
 * Each instance splits one section and is then thrown away.
 */
final class SqlSplitter {

    private final String sql;
    private final String location;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final StatementWords words = new StatementWords();
    private int pos;
    private int line;
    private int start = -1;
    private int startLine;
    private int end;
    private int parenDepth;
    private int parenLine;
    private int atomicDepth;
    private int atomicLine;

    private SqlSplitter(ScriptBody.SqlBody body) {
        this.sql = body.sql();
        this.location = body.location();
        this.line = body.firstLine();
    }

    /**
     * Splits a section.
     *
     * @param body the section, with the file line it starts on
     * @return its statements in order, unmodifiable
     * @throws ScriptException when a quote, comment, dollar-quoted or atomic body is not closed
     */
    static List<SqlStatement> split(ScriptBody.SqlBody body) {
        return new SqlSplitter(body).run();
    }

    private List<SqlStatement> run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == ';' && parenDepth == 0 && atomicDepth == 0) {
                pos++;
                finishStatement();
            } else {
                token(c);
            }
        }
        if (parenDepth > 0) {
            throw new ScriptException(location, parenLine, "parenthesis opened here is not closed");
        }
        if (atomicDepth > 0) {
            throw new ScriptException(location, atomicLine, "BEGIN ATOMIC body is not closed by END");
        }
        finishStatement();
        return Collections.unmodifiableList(statements);
    }

    private void token(char c) {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
        if (c == '\'') {
            skipQuoted('\'', false, "string literal");
        } else if (c == '"') {
            skipQuoted('"', false, "quoted identifier");
        } else if (c == '$' && dollarTagLength() > 0) {
            skipDollarQuoted(dollarTagLength());
        } else if (isIdentifierStart(c)) {
            word();
        } else {
            symbol(c);
        }
        end = pos;
    }

    private void word() {
        int from = pos;
        while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
            pos++;
        }
        if (pos - from == 1 && (sql.charAt(from) == 'E' || sql.charAt(from) == 'e') && peek(0) == '\'') {
            words.other();
            skipQuoted('\'', true, "escape string literal");
            return;
        }
        String word = sql.substring(from, pos);
        trackAtomicBody(word);
        words.word(word);
    }

    private void symbol(char c) {
        if (c == '(') {
            if (parenDepth == 0) {
                parenLine = line;
            }
            parenDepth++;
        } else if (c == ')' && parenDepth > 0) {
            parenDepth--;
        }
        words.other();
        pos++;
    }

    /** Follows {@code BEGIN ATOMIC … END}, where {@code CASE … END} nests, outside parentheses. */
    private void trackAtomicBody(String word) {
        if (parenDepth != 0 || !words.startsWith("CREATE")) {
            return;
        }
        if (word.equalsIgnoreCase("ATOMIC") && words.lastIs("BEGIN")) {
            if (atomicDepth == 0) {
                atomicLine = line;
            }
            atomicDepth++;
        } else if (atomicDepth > 0 && word.equalsIgnoreCase("CASE")) {
            atomicDepth++;
        } else if (atomicDepth > 0 && word.equalsIgnoreCase("END")) {
            atomicDepth--;
        }
    }

    private void skipQuoted(char quote, boolean backslashEscapes, String what) {
        int openLine = line;
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (backslashEscapes && c == '\\' && pos + 1 < sql.length()) {
                pos++;
                if (sql.charAt(pos) == '\n' || sql.charAt(pos) == '\r') {
                    newline();
                } else {
                    pos++;
                }
            } else if (c == quote && peek(1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                words.other();
                return;
            } else {
                pos++;
            }
        }
        throw new ScriptException(location, openLine, what + " opened here is not closed");
    }

    /** The length of the {@code $tag$} delimiter at {@code pos}, or 0 when there is none there. */
    private int dollarTagLength() {
        int i = pos + 1;
        if (i < sql.length() && isIdentifierStart(sql.charAt(i))) {
            while (i < sql.length() && isTagPart(sql.charAt(i))) {
                i++;
            }
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 - pos : 0;
    }

    private void skipDollarQuoted(int tagLength) {
        String tag = sql.substring(pos, pos + tagLength);
        int openLine = line;
        int close = sql.indexOf(tag, pos + tagLength);
        if (close < 0) {
            throw new ScriptException(location, openLine, "dollar-quoted body " + tag + " opened here is not closed");
        }
        pos += tagLength;
        while (pos < close) {
            if (sql.charAt(pos) == '\n' || sql.charAt(pos) == '\r') {
                newline();
            } else {
                pos++;
            }
        }
        pos = close + tagLength;
        words.other();
    }

    private void skipLineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int openLine = line;
        int depth = 0;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else if (c == '\n' || c == '\r') {
                newline();
            } else {
                pos++;
            }
        }
        throw new ScriptException(location, openLine, "block comment opened here is not closed");
    }

    /** Steps over {@code \n}, {@code \r\n} or a lone {@code \r}, counting one line. */
    private void newline() {
        if (sql.charAt(pos) == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private void finishStatement() {
        if (start >= 0) {
            statements.add(new SqlStatement(sql.substring(start, end), startLine, words.isTransactionControl()));
        }
        start = -1;
        parenDepth = 0;
        words.clear();
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isIdentifierPart(char c) {
        return isTagPart(c) || c == '$';
    }
}
