package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a statement's tokens (comments left out) from left to right, the way a hand-written
 * parser does: look at the next tokens, take them when they are what a shape expects. Reading past
 * the end yields nothing, never an exception, so a shape the lint does not know is simply left
 * unrecognised. Not thread-safe; one per statement.
 */
final class TokenCursor {

    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens.stream().filter(token -> token.kind() != Token.Kind.COMMENT).toList();
    }

    /** Whether every token has been read. */
    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The token {@code offset} places ahead, if any. */
    Optional<Token> peek(int offset) {
        int i = pos + offset;
        return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
    }

    /** Whether the next tokens are these key words, in order. */
    boolean at(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            int index = i;
            if (!peek(i).map(token -> token.is(keywords[index])).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next token is this symbol. */
    boolean atSymbol(String symbol) {
        return peek(0).map(token -> token.isSymbol(symbol)).orElse(false);
    }

    /** Takes the key words when the next tokens are exactly them; otherwise takes nothing. */
    boolean accept(String... keywords) {
        if (!at(keywords)) {
            return false;
        }
        pos += keywords.length;
        return true;
    }

    /** Takes the symbol when it is next. */
    boolean acceptSymbol(String symbol) {
        if (!atSymbol(symbol)) {
            return false;
        }
        pos++;
        return true;
    }

    /** Takes the next token, if any. */
    Optional<Token> next() {
        Optional<Token> token = peek(0);
        token.ifPresent(taken -> pos++);
        return token;
    }

    /** Takes {@code IF EXISTS} or {@code IF NOT EXISTS} when next. */
    void acceptIfExists() {
        if (!accept("IF", "NOT", "EXISTS")) {
            accept("IF", "EXISTS");
        }
    }

    /** Takes a name, {@code a.b.c} with parts quoted or not, when one is next. */
    Optional<Name> name() {
        if (!peek(0).map(Token::isName).orElse(false)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(tokens.get(pos++).name());
        while (atSymbol(".") && peek(1).map(Token::isName).orElse(false)) {
            pos++;
            parts.add(tokens.get(pos++).name());
        }
        return Optional.of(new Name(parts));
    }

    /** Takes a simple name (a column or constraint), when one is next. */
    Optional<String> simpleName() {
        return peek(0).filter(Token::isName).map(token -> {
            pos++;
            return token.name();
        });
    }

    /**
     * Takes a parenthesized group when one is next.
     *
     * @return the tokens between the parentheses (nested groups included); empty when no group is next
     */
    Optional<List<Token>> group() {
        if (!atSymbol("(")) {
            return Optional.empty();
        }
        int depth = 0;
        int start = pos + 1;
        while (pos < tokens.size()) {
            Token token = tokens.get(pos++);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && --depth == 0) {
                return Optional.of(tokens.subList(start, pos - 1));
            }
        }
        return Optional.of(tokens.subList(start, tokens.size()));
    }

    /** Takes one item: a token, or a whole parenthesized group. */
    void skipItem() {
        if (group().isEmpty()) {
            next();
        }
    }

    /**
     * Splits the rest at the commas outside parentheses, taking everything.
     *
     * @return the parts, each a list of tokens; empty parts left out
     */
    List<List<Token>> splitRestAtCommas() {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = pos;
        for (; pos < tokens.size(); pos++) {
            Token token = tokens.get(pos);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                addPart(parts, start, pos);
                start = pos + 1;
            }
        }
        addPart(parts, start, pos);
        return parts;
    }

    /** The tokens not read yet. */
    List<Token> rest() {
        return tokens.subList(Math.min(pos, tokens.size()), tokens.size());
    }

    private void addPart(List<List<Token>> parts, int from, int to) {
        if (to > from) {
            parts.add(tokens.subList(from, to));
        }
    }
}
