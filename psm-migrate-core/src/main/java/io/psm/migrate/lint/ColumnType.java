package io.psm.migrate.lint;

import java.util.List;
import java.util.Map;

/**
 * A column's declared type, normalized so that spellings of one type compare equal:
 * {@code character varying(40)} and {@code VARCHAR (40)} are both {@code varchar} with {@code [40]},
 * {@code timestamp(6) with time zone} is {@code timestamptz} with {@code [6]}, {@code decimal} is
 * {@code numeric}.
 *
 * @param name      the type's name in lower case, aliases resolved
 * @param arguments its arguments as written ({@code ["10", "2"]} for {@code numeric(10, 2)})
 * @param array     whether it is an array of that type ({@code text[]})
 */
record ColumnType(String name, List<String> arguments, boolean array) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
            Map.entry("float4", "real"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"), Map.entry("serial4", "serial"),
            Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"),
            Map.entry("bit varying", "varbit"));

    ColumnType {
        arguments = List.copyOf(arguments);
    }

    /**
     * A type from the words of its name and its arguments.
     *
     * @param words     the name's words, in any case ({@code ["timestamp", "with", "time", "zone"]})
     * @param arguments the arguments
     * @param array     whether {@code []} follows
     */
    static ColumnType of(List<String> words, List<String> arguments, boolean array) {
        String name = String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
        return new ColumnType(ALIASES.getOrDefault(name, name), arguments, array);
    }

    /** The first argument as a number (a length or precision), or -1 when there is none. */
    long length() {
        if (arguments.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(arguments.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The second argument as a number (a scale), 0 when there is none. */
    long scale() {
        try {
            return arguments.size() < 2 ? 0 : Long.parseLong(arguments.get(1).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The type as SQL, for messages: {@code varchar(40)}. */
    @Override
    public String toString() {
        return name + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + (array ? "[]" : "");
    }
}
