package io.psm.migrate.autogenerate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type as written, split into a lower-case name and its arguments: {@code timestamp(6) with time
 * zone} becomes {@code "timestamp with time zone"} and {@code ["6"]}. Quoted arguments (H2 enum
 * values) are kept exactly.
 */
record TypeDeclaration(String name, List<String> arguments) {

    TypeDeclaration {
        arguments = List.copyOf(arguments);
    }

    static TypeDeclaration parse(String text) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        if (open < 0) {
            return new TypeDeclaration(normalizeName(trimmed), List.of());
        }
        int close = closingParenthesis(trimmed, open);
        String name = trimmed.substring(0, open) + " " + trimmed.substring(close + 1);
        return new TypeDeclaration(normalizeName(name), splitArguments(trimmed.substring(open + 1, close)));
    }

    private static String normalizeName(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int closingParenthesis(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static List<String> splitArguments(String list) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : list.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                arguments.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            arguments.add(current.toString().trim());
        }
        return arguments;
    }
}
