package io.psm.migrate.execute;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.util.regex.Pattern;

/** Text helpers for log lines and error messages: one-line messages, masked SQL. */
final class Messages {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private Messages() {
    }

    /** The text on one line: line breaks and the indentation around them become one space. */
    static String oneLine(String text) {
        return text == null ? "" : LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
    }

    /** SQL or a database message with passwords (in URLs or {@code PASSWORD '…'} clauses) masked. */
    static String masked(String text) {
        return DatabaseUrl.redactStatement(text);
    }

    /** The start of a statement for a list in a message: on one line, at most 60 characters. */
    static String preview(String sql) {
        String text = masked(oneLine(sql));
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
