package io.psm.migrate.autogenerate.render;

import java.util.List;

/**
 * One generated SQL statement and the warnings that concern it.
 *
 * @param sql      the statement, without a terminating semicolon, ready for
 *                 {@link java.sql.Statement#execute(String)}
 * @param comments warnings to show as {@code -- } lines above the statement in a script
 */
public record GeneratedStatement(String sql, List<String> comments) {

    public GeneratedStatement {
        comments = List.copyOf(comments);
    }

    /** A statement without comments. */
    public static GeneratedStatement of(String sql) {
        return new GeneratedStatement(sql, List.of());
    }

    /** The statement as script text: its comment lines, then the statement and a semicolon. */
    public String scriptText() {
        StringBuilder text = new StringBuilder();
        comments.forEach(comment -> text.append("-- ").append(comment).append('\n'));
        return text.append(sql).append(";\n").toString();
    }
}
