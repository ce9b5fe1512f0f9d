package io.psm.migrate.lint;

import java.util.List;

/**
 * A possibly qualified name as a statement writes it ({@code public.users}, {@code "Users"}),
 * its parts folded to lower case.
 *
 * @param parts the parts, schema first
 */
record Name(List<String> parts) {

    Name {
        parts = List.copyOf(parts);
    }

    /** The last part: the table, index or column itself. */
    String last() {
        return parts.get(parts.size() - 1);
    }

    /**
     * Whether both name the same object: equal when both are qualified, else equal in their last
     * part (an unqualified name may live in any schema of the search path).
     */
    boolean sameAs(Name other) {
        if (parts.size() > 1 && other.parts.size() > 1) {
            return parts.equals(other.parts);
        }
        return last().equals(other.last());
    }

    /** The name as the lint's messages show it. */
    @Override
    public String toString() {
        return String.join(".", parts);
    }
}
