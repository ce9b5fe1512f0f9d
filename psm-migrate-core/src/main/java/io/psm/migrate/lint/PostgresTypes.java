package io.psm.migrate.lint;

import java.util.Set;

/**
 * Which type changes PostgreSQL makes without touching a row: the old values are valid values of
 * the new type as stored (binary coercible), and no new limit needs checking.
 */
final class PostgresTypes {

    private static final Set<String> TEXTS = Set.of("varchar", "text");

    private PostgresTypes() {
    }

    /** Whether changing a column from {@code before} to {@code after} neither rewrites nor scans the table. */
    static boolean keepsRows(ColumnType before, ColumnType after) {
        if (before.equals(after)) {
            return true;
        }
        if (before.array() != after.array()) {
            return false;
        }
        String from = before.name();
        String to = after.name();
        if (TEXTS.contains(from) && TEXTS.contains(to)) {
            // varchar(n) to varchar(m >= n), to varchar or to text; text to varchar without a limit.
            return unlimited(after) || (!unlimited(before) && after.length() >= before.length());
        }
        if (from.equals("varbit") && to.equals("varbit")) {
            return unlimited(after) || (!unlimited(before) && after.length() >= before.length());
        }
        if (from.equals("numeric") && to.equals("numeric")) {
            // More precision with the same scale, or no limit at all.
            return after.arguments().isEmpty()
                    || (!before.arguments().isEmpty() && after.scale() == before.scale()
                    && after.length() >= before.length());
        }
        return from.equals("cidr") && to.equals("inet");
    }

    private static boolean unlimited(ColumnType type) {
        return type.name().equals("text") || type.arguments().isEmpty();
    }
}
