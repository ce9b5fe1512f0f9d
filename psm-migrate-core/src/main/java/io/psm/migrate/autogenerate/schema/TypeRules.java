package io.psm.migrate.autogenerate.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One database's rules for spelling a type canonically: its synonyms, the precision a temporal type
 * has when none is written, and how its driver reports "no length" through {@code DatabaseMetaData}.
 */
final class TypeRules {

    private static final Map<String, String> COMMON_SYNONYMS = Map.ofEntries(
            Map.entry("int8", "BIGINT"), Map.entry("int4", "INTEGER"), Map.entry("int", "INTEGER"),
            Map.entry("int2", "SMALLINT"), Map.entry("bool", "BOOLEAN"), Map.entry("character varying", "VARCHAR"),
            Map.entry("character", "CHAR"), Map.entry("decimal", "NUMERIC"), Map.entry("dec", "NUMERIC"),
            Map.entry("float4", "REAL"), Map.entry("float8", "DOUBLE PRECISION"), Map.entry("double", "DOUBLE PRECISION"),
            Map.entry("timestamp without time zone", "TIMESTAMP"), Map.entry("timestamptz", "TIMESTAMP WITH TIME ZONE"),
            Map.entry("time without time zone", "TIME"), Map.entry("timetz", "TIME WITH TIME ZONE"));

    static final TypeRules POSTGRESQL = new TypeRules(6, Integer.MAX_VALUE, 0, Map.ofEntries(
            Map.entry("serial", "INTEGER"), Map.entry("serial4", "INTEGER"), Map.entry("bigserial", "BIGINT"),
            Map.entry("serial8", "BIGINT"), Map.entry("smallserial", "SMALLINT"), Map.entry("serial2", "SMALLINT"),
            Map.entry("bpchar", "CHAR")));

    static final TypeRules H2 = new TypeRules(0, 1_000_000_000, 100_000, Map.ofEntries(
            Map.entry("binary varying", "VARBINARY"), Map.entry("binary large object", "BLOB"),
            Map.entry("character large object", "CLOB"), Map.entry("signed", "INTEGER"),
            Map.entry("mediumint", "INTEGER"), Map.entry("national character varying", "VARCHAR"),
            Map.entry("nvarchar", "VARCHAR"), Map.entry("varchar2", "VARCHAR"), Map.entry("number", "NUMERIC")));

    /** SQLite keeps any type name as declared; the synonyms Hibernate's SQLite dialect and people write. */
    static final TypeRules SQLITE = new TypeRules(6, Long.MAX_VALUE, 0, Map.ofEntries(
            Map.entry("nvarchar", "VARCHAR"), Map.entry("varying character", "VARCHAR"),
            Map.entry("native character", "CHAR"), Map.entry("nchar", "CHAR")));

    private final int defaultTimePrecision;
    private final long unboundedLength;
    private final long unboundedPrecision;
    private final Map<String, String> synonyms;

    private TypeRules(int defaultTimePrecision, long unboundedLength, long unboundedPrecision,
                      Map<String, String> ownSynonyms) {
        this.defaultTimePrecision = defaultTimePrecision;
        this.unboundedLength = unboundedLength;
        this.unboundedPrecision = unboundedPrecision;
        Map<String, String> all = new HashMap<>(COMMON_SYNONYMS);
        all.putAll(ownSynonyms);
        this.synonyms = Map.copyOf(all);
    }

    /** The canonical form of a type as written in DDL. */
    ColumnType declared(String text) {
        TypeDeclaration declaration = TypeDeclaration.parse(text);
        String name = declaration.name();
        if (name.startsWith("_")) {
            return array(declared(name.substring(1)));
        }
        if (name.endsWith("[]") || name.endsWith(" array")) {
            return array(declared(name.substring(0, name.lastIndexOf(name.endsWith("[]") ? "[]" : " array"))));
        }
        return canonical(canonicalName(name), declaration.arguments());
    }

    /** The canonical form of a type as {@code DatabaseMetaData.getColumns} reports it. */
    ColumnType reported(String typeName, long size, int decimalDigits) {
        ColumnType named = declared(typeName);
        return switch (named.name()) {
            case "VARCHAR", "VARBINARY" -> size >= unboundedLength ? named : sized(named, size);
            case "CHAR", "BINARY" -> sized(named, size);
            case "NUMERIC" -> size == unboundedPrecision ? named
                    : new ColumnType("NUMERIC", List.of(Long.toString(size), Integer.toString(decimalDigits)));
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIME", "TIME WITH TIME ZONE" ->
                    new ColumnType(named.name(), List.of(Integer.toString(decimalDigits)));
            default -> named;
        };
    }

    private static ColumnType sized(ColumnType named, long size) {
        return new ColumnType(named.name(), List.of(Long.toString(size)));
    }

    private static ColumnType array(ColumnType element) {
        return new ColumnType(element.name() + "[]", element.arguments());
    }

    private String canonicalName(String name) {
        if (name.startsWith("interval")) {
            return "INTERVAL";
        }
        return synonyms.getOrDefault(name, name.toUpperCase(Locale.ROOT));
    }

    private ColumnType canonical(String name, List<String> arguments) {
        return switch (name) {
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> withDefault(name, arguments, "6");
            case "TIME", "TIME WITH TIME ZONE" -> withDefault(name, arguments, Integer.toString(defaultTimePrecision));
            case "CHAR", "BINARY" -> withDefault(name, arguments, "1");
            case "NUMERIC" -> arguments.size() == 1 ? new ColumnType(name, List.of(arguments.get(0), "0"))
                    : new ColumnType(name, arguments);
            case "FLOAT" -> floatType(arguments);
            case "BLOB", "CLOB", "TEXT", "BYTEA", "INTERVAL" -> new ColumnType(name, List.of());
            default -> new ColumnType(name, arguments);
        };
    }

    private static ColumnType withDefault(String name, List<String> arguments, String value) {
        return new ColumnType(name, arguments.isEmpty() ? List.of(value) : arguments);
    }

    private static ColumnType floatType(List<String> arguments) {
        boolean single = !arguments.isEmpty() && Integer.parseInt(arguments.get(0)) <= 24;
        return new ColumnType(single ? "REAL" : "DOUBLE PRECISION", List.of());
    }
}
