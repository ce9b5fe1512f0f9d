package io.psm.migrate.autogenerate.schema;

import java.util.List;

/**
 * A column type in its canonical spelling for one database: upper-case name, synonyms resolved and
 * implicit defaults made explicit ({@code int4} and {@code integer} are both {@code INTEGER};
 * PostgreSQL's {@code timestamp} is {@code TIMESTAMP(6)}). Two types are the same exactly when the
 * records are equal. Obtain one from {@link DatabaseKind#columnType(String)}.
 *
 * @param name      the type name without its arguments, e.g. {@code VARCHAR} or
 *                  {@code TIMESTAMP WITH TIME ZONE}
 * @param arguments the arguments in parentheses, e.g. {@code [10, 2]} for {@code NUMERIC(10,2)} or
 *                  the quoted values of an H2 {@code ENUM}; empty when the type takes none
 */
public record ColumnType(String name, List<String> arguments) {

    private static final String TIME_ZONE_SUFFIX = " WITH TIME ZONE";
    private static final String ARRAY_SUFFIX = "[]";

    public ColumnType {
        arguments = List.copyOf(arguments);
    }

    /**
     * The type as written in DDL, e.g. {@code VARCHAR(40)}, {@code NUMERIC(10,2)} or
     * {@code TIMESTAMP(6) WITH TIME ZONE}.
     */
    public String sql() {
        if (arguments.isEmpty()) {
            return name;
        }
        String list = "(" + String.join(",", arguments) + ")";
        if (name.endsWith(TIME_ZONE_SUFFIX)) {
            return name.substring(0, name.length() - TIME_ZONE_SUFFIX.length()) + list + TIME_ZONE_SUFFIX;
        }
        if (name.endsWith(ARRAY_SUFFIX)) {
            return name.substring(0, name.length() - ARRAY_SUFFIX.length()) + list + ARRAY_SUFFIX;
        }
        return name + list;
    }

    /** The same as {@link #sql()}, as report lines show it. */
    @Override
    public String toString() {
        return sql();
    }
}
