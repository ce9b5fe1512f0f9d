package io.psm.migrate.lint;

import java.util.Locale;

/**
 * One token of a statement, as the lint reads it.
 *
 * @param kind what it is
 * @param text a word as written; a quoted identifier's name without its quotes; a string literal,
 *             number, symbol or comment as written
 * @param line the 1-based file line it starts on
 */
record Token(Kind kind, String text, int line) {

    /** What a token is. */
    enum Kind {
        /** A key word or an unquoted identifier. */
        WORD,
        /** A quoted identifier: {@code "Name"}, or {@code `name`} in MySQL. */
        QUOTED,
        /** A string literal, dollar-quoted bodies included. */
        STRING,
        /** A numeric literal. */
        NUMBER,
        /** Punctuation or an operator: one character, or {@code ::}. */
        SYMBOL,
        /** A {@code --}, {@code #} or block comment. */
        COMMENT
    }

    /** Whether this is the key word {@code keyword} (an unquoted word, compared ignoring case). */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the symbol {@code symbol}. */
    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this can name something: a word or a quoted identifier. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /**
     * The name this token stands for, compared without regard to case: unquoted words are folded to
     * lower case (as PostgreSQL folds them), quoted ones too, since the lint only needs to tell
     * whether two mentions are the same table.
     */
    String name() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The word in upper case, for switches over key words. */
    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
