package io.psm.migrate.dialect;

import java.util.Locale;
import java.util.Set;

/** The first key word of a statement, past blanks and comments, to tell DDL from the rest. */
final class FirstWord {

    /** Statements that databases without transactional DDL (H2, MariaDB) commit implicitly, failing or not. */
    private static final Set<String> DDL = Set.of(
            "ALTER", "ANALYZE", "COMMENT", "CREATE", "DROP", "GRANT", "RENAME", "REVOKE", "TRUNCATE");

    private FirstWord() {
    }

    /** Whether the statement is DDL by its first word. */
    static boolean isDdl(String sql) {
        return DDL.contains(of(sql));
    }

    /** The first word, upper case; empty when the statement has none. */
    static String of(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < length && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }
}
