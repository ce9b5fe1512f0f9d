package io.psm.migrate.lint;

import java.util.List;

/** Small helpers over token lists. */
final class Tokens {

    private Tokens() {
    }

    /** Tokens as compact SQL text for messages: {@code gen_random_uuid()}, {@code 'x'::text}. */
    static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            if (previous != null && spaced(previous, token)) {
                text.append(' ');
            }
            text.append(token.kind() == Token.Kind.QUOTED ? '"' + token.text() + '"' : token.text());
            previous = token;
        }
        return text.toString();
    }

    /** Whether the tokens call one of these functions: the name directly followed by {@code (}. */
    static boolean callsAny(List<Token> tokens, java.util.Set<String> functions) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.WORD && tokens.get(i + 1).isSymbol("(") && functions.contains(token.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean spaced(Token previous, Token token) {
        boolean tight = previous.isSymbol("(") || previous.isSymbol(".") || previous.isSymbol("::")
                || token.isSymbol(")") || token.isSymbol(",") || token.isSymbol(".") || token.isSymbol("::");
        boolean call = token.isSymbol("(") && previous.kind() == Token.Kind.WORD;
        return !tight && !call;
    }
}
