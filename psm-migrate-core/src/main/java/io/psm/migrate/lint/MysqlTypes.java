package io.psm.migrate.lint;

import java.util.List;
import java.util.Set;

/** Which column type changes InnoDB makes in place. */
final class MysqlTypes {

    /** What changing a column's type does to the table. */
    enum Change {
        /** Nothing is copied: the same type, or a longer {@code VARCHAR} within its length prefix. */
        IN_PLACE,
        /** A longer {@code VARCHAR} that may need a longer length prefix, depending on the character set. */
        MAYBE_COPY,
        /** Every other change copies the table. */
        COPY
    }

    private static final Set<String> VARIABLE = Set.of("varchar", "varbinary");

    /** Characters that fit a one-byte length prefix in any character set (utf8mb4 takes up to 4 bytes each). */
    private static final long SHORT_IN_ANY_CHARSET = 63;

    /** Lengths that need a two-byte length prefix in any character set. */
    private static final long LONG_IN_ANY_CHARSET = 256;

    private MysqlTypes() {
    }

    /** What changing a column from {@code before} to {@code after} does. */
    static Change change(ColumnType before, ColumnType after) {
        if (before.equals(after)) {
            return Change.IN_PLACE;
        }
        if (!before.name().equals(after.name())) {
            return Change.COPY;
        }
        if (before.name().equals("enum") || before.name().equals("set")) {
            List<String> old = before.arguments();
            // New members at the end keep the stored numbers of the old ones.
            return after.arguments().size() > old.size() && after.arguments().subList(0, old.size()).equals(old)
                    ? Change.IN_PLACE : Change.COPY;
        }
        if (!VARIABLE.contains(before.name()) || after.length() < before.length() || before.length() < 0) {
            return Change.COPY;
        }
        long shortLimit = before.name().equals("varbinary") ? 255 : SHORT_IN_ANY_CHARSET;
        if ((after.length() <= shortLimit) || before.length() >= LONG_IN_ANY_CHARSET) {
            return Change.IN_PLACE;
        }
        return before.name().equals("varbinary") ? Change.COPY : Change.MAYBE_COPY;
    }
}
