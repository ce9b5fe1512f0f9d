package io.psm.migrate.graph;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of {@link Target}, kept apart from the type. */
final class TargetSyntax {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern RELATIVE = Pattern.compile("([A-Za-z0-9_]*)([+-])([0-9]{1,9})");

    private TargetSyntax() {
    }

    static Target parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTargetException(String.valueOf(text), "a target is required");
        }
        String trimmed = text.strip();
        int at = trimmed.indexOf('@');
        if (at != trimmed.lastIndexOf('@')) {
            throw new InvalidTargetException(trimmed, "a target has at most one '@'");
        }
        Optional<String> branch = at < 0 ? Optional.empty() : Optional.of(trimmed.substring(0, at));
        String symbol = at < 0 ? trimmed : trimmed.substring(at + 1);
        if (branch.isPresent() && !WORD.matcher(branch.get()).matches()) {
            throw new InvalidTargetException(trimmed, "'" + branch.get() + "' is no branch label or revision");
        }
        return parseSymbol(trimmed, branch, symbol);
    }

    private static Target parseSymbol(String text, Optional<String> branch, String symbol) {
        Matcher relative = RELATIVE.matcher(symbol);
        if (relative.matches()) {
            int steps = Integer.parseInt(relative.group(3));
            if (steps == 0) {
                throw new InvalidTargetException(text, "a relative target walks at least one step");
            }
            Optional<String> from = relative.group(1).isEmpty() ? Optional.empty() : Optional.of(relative.group(1));
            return new Target.Relative(branch, from, relative.group(2).equals("-") ? -steps : steps);
        }
        switch (symbol) {
            case Target.HEAD:
                return new Target.Head(branch);
            case Target.HEADS:
                return new Target.Heads(branch);
            case Target.BASE:
                return new Target.Base(branch);
            default:
                if (!WORD.matcher(symbol).matches()) {
                    throw new InvalidTargetException(text, "expected a revision, a branch label, head, heads,"
                            + " base or a relative step such as +1, -1, head-1");
                }
                return new Target.Id(branch, symbol);
        }
    }

    static String withBranch(Optional<String> branch, String symbol) {
        return branch.map(b -> b + "@" + symbol).orElse(symbol);
    }
}
