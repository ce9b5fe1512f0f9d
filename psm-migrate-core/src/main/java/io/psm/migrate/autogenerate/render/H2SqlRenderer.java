package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;
import io.psm.migrate.autogenerate.schema.IdentifierCase;

import java.util.Optional;
import java.util.Set;

/** H2: {@code ALTER COLUMN ... SET DATA TYPE}, which keeps the column's nullability and default. */
final class H2SqlRenderer extends StandardSqlRenderer {

    /** H2's keywords (its "Keywords / Reserved Words" documentation), which cannot be unquoted names. */
    private static final Set<String> RESERVED_WORDS = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC",
            "AUTHORIZATION", "BETWEEN", "BOTH", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG",
            "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "DAY", "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "FULL", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT",
            "INTERVAL", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
            "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER", "PARTITION",
            "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT",
            "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TOP", "TRAILING", "TRUE",
            "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW",
            "WITH", "YEAR", "_ROWID_");

    H2SqlRenderer(IdentifierCase identifierCase, Optional<String> schema) {
        super(new Identifiers(identifierCase, RESERVED_WORDS, schema));
    }

    @Override
    String alterColumnType(String table, Column existing, ColumnType newType) {
        return alterColumn(table, existing) + " SET DATA TYPE " + newType.sql();
    }
}
