package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.ColumnType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which type changes keep every existing value: a longer {@code VARCHAR}, {@code INTEGER} to {@code BIGINT}, ... */
final class TypeWidening {

    private static final Map<String, Set<String>> WIDER_TYPES = Map.of(
            "TINYINT", Set.of("SMALLINT", "INTEGER", "BIGINT"),
            "SMALLINT", Set.of("INTEGER", "BIGINT"),
            "INTEGER", Set.of("BIGINT"),
            "REAL", Set.of("DOUBLE PRECISION"),
            "VARCHAR", Set.of("TEXT", "CLOB"),
            "CHAR", Set.of("VARCHAR", "TEXT", "CLOB"));

    private TypeWidening() {
    }

    /** Whether every value of the first type fits the second unchanged. */
    static boolean isWidening(ColumnType from, ColumnType to) {
        if (!from.name().equals(to.name())) {
            return WIDER_TYPES.getOrDefault(from.name(), Set.of()).contains(to.name())
                    && (!to.name().equals("VARCHAR") || to.arguments().isEmpty() || isLonger(from, to));
        }
        return switch (from.name()) {
            case "VARCHAR", "CHAR", "VARBINARY", "BINARY", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIME",
                 "TIME WITH TIME ZONE" -> to.arguments().isEmpty() || (!from.arguments().isEmpty() && isLonger(from, to));
            case "NUMERIC" -> to.arguments().isEmpty() || (!from.arguments().isEmpty() && hasRoomFor(from, to));
            default -> to.arguments().containsAll(from.arguments());
        };
    }

    private static boolean isLonger(ColumnType from, ColumnType to) {
        return first(to) >= first(from);
    }

    private static boolean hasRoomFor(ColumnType from, ColumnType to) {
        List<String> old = from.arguments();
        List<String> wider = to.arguments();
        long oldScale = Long.parseLong(old.get(1));
        long newScale = Long.parseLong(wider.get(1));
        return newScale >= oldScale && Long.parseLong(wider.get(0)) - newScale >= Long.parseLong(old.get(0)) - oldScale;
    }

    private static long first(ColumnType type) {
        return type.arguments().isEmpty() ? Long.MAX_VALUE : Long.parseLong(type.arguments().get(0));
    }
}
