package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;
import io.psm.migrate.autogenerate.schema.IdentifierCase;

import java.util.Optional;
import java.util.Set;

/** PostgreSQL: {@code ALTER COLUMN ... TYPE ... USING} for type changes. */
final class PostgresSqlRenderer extends StandardSqlRenderer {

    /** PostgreSQL's reserved key words (Appendix C of its manual), which cannot be unquoted names. */
    private static final Set<String> RESERVED_WORDS = Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY",
            "AS", "ASC", "ASYMMETRIC", "AUTHORIZATION", "BINARY", "BOTH", "CASE", "CAST", "CHECK", "COLLATE",
            "COLLATION", "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT",
            "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN",
            "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT",
            "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER",
            "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT", "SESSION_USER",
            "SIMILAR", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE", "THEN", "TO", "TRAILING", "TRUE",
            "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN", "WHERE", "WINDOW", "WITH");

    PostgresSqlRenderer(IdentifierCase identifierCase, Optional<String> schema) {
        super(new Identifiers(identifierCase, RESERVED_WORDS, schema));
    }

    /** Converts with an explicit cast when the type family changes, since PostgreSQL will not guess. */
    @Override
    String alterColumnType(String table, Column existing, ColumnType newType) {
        String statement = alterColumn(table, existing) + " TYPE " + newType.sql();
        if (existing.type().name().equals(newType.name())) {
            return statement;
        }
        return statement + " USING " + names().name(existing.name()) + "::" + newType.sql();
    }
}
