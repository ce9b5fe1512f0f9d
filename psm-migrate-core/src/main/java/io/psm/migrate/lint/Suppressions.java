package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- psm:lint-ignore rule-id reason} comments of one upgrade section. A comment applies
 * to the statement that starts right after the block of comment lines it belongs to, so several
 * rules can be suppressed with one comment line each. A comment without a reason, naming no rule,
 * or followed by no statement is itself a finding, and suppresses nothing.
 */
final class Suppressions {

    private static final Pattern IGNORE = Pattern.compile("^--\\s*psm:lint-ignore\\b\\s*(\\S*)\\s*(.*)$");

    /**
     * One comment.
     *
     * @param line   its file line
     * @param rule   the rule id it names, as written
     * @param reason the reason, stripped; empty when none is given
     */
    private record Ignore(int line, String rule, String reason) {
    }

    private final List<String> lines;
    private final int firstLine;
    private final List<Ignore> ignores;
    private final List<Ignore> used = new ArrayList<>();

    private Suppressions(List<String> lines, int firstLine, List<Ignore> ignores) {
        this.lines = lines;
        this.firstLine = firstLine;
        this.ignores = ignores;
    }

    /**
     * Finds the comments of a section.
     *
     * @param sql       the section's text
     * @param firstLine the file line it starts on
     * @param syntax    how to tell comments from strings
     */
    static Suppressions read(String sql, int firstLine, SqlSyntax syntax) {
        List<Ignore> ignores = new ArrayList<>();
        for (Token token : SqlTokenizer.tokenize(sql, firstLine, syntax)) {
            Matcher ignore = token.kind() == Token.Kind.COMMENT ? IGNORE.matcher(token.text().strip()) : null;
            if (ignore != null && ignore.matches()) {
                ignores.add(new Ignore(token.line(), ignore.group(1), ignore.group(2).strip()));
            }
        }
        return new Suppressions(sql.lines().toList(), firstLine, List.copyOf(ignores));
    }

    /**
     * Whether a valid comment right above the statement suppresses the rule there.
     *
     * @param statementLine the statement's first file line
     * @param rule          the rule that fired
     */
    boolean suppresses(int statementLine, LintRule rule) {
        return above(statementLine).stream().anyMatch(ignore -> ignore.rule().equals(rule.id()) && !ignore.reason().isEmpty());
    }

    /** Marks the comments right above a statement as placed well. */
    void statementAt(int statementLine) {
        used.addAll(above(statementLine));
    }

    /**
     * A comment that is a finding itself.
     *
     * @param line its file line
     * @param hit  what is wrong with it
     */
    record Invalid(int line, Hit hit) {
    }

    /** The comments without a reason, naming no rule, or above no statement; call after every statement was seen. */
    List<Invalid> invalid() {
        List<Invalid> invalid = new ArrayList<>();
        for (Ignore ignore : ignores) {
            String message = problem(ignore);
            if (message != null) {
                invalid.add(new Invalid(ignore.line(), new Hit(LintRule.INVALID_LINT_IGNORE, message)));
            }
        }
        return invalid;
    }

    private String problem(Ignore ignore) {
        if (ignore.rule().isEmpty()) {
            return "psm:lint-ignore names no rule: write '-- psm:lint-ignore <rule-id> <why it is safe here>'";
        }
        if (LintRule.byId(ignore.rule()).isEmpty()) {
            return "psm:lint-ignore names no rule '" + ignore.rule() + "'; the rules are: " + String.join(", ",
                    java.util.Arrays.stream(LintRule.values()).filter(r -> r != LintRule.INVALID_LINT_IGNORE)
                            .map(LintRule::id).toList());
        }
        if (ignore.reason().isEmpty()) {
            return "psm:lint-ignore " + ignore.rule() + " gives no reason, so it suppresses nothing: say why the"
                    + " statement is safe here, after the rule id";
        }
        if (!used.contains(ignore)) {
            return "psm:lint-ignore " + ignore.rule() + " is not right above a statement, so it suppresses nothing:"
                    + " put it on the line before the statement (other comment lines may come between)";
        }
        return null;
    }

    /** The comments in the block of comment lines that ends right above the line. */
    private List<Ignore> above(int statementLine) {
        int top = statementLine;
        while (top - 1 >= firstLine && isComment(top - 1)) {
            top--;
        }
        int from = top;
        return ignores.stream().filter(ignore -> ignore.line() >= from && ignore.line() < statementLine).toList();
    }

    private boolean isComment(int line) {
        int index = line - firstLine;
        return index >= 0 && index < lines.size() && lines.get(index).strip().startsWith("--");
    }
}
