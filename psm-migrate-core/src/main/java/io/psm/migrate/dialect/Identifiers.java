package io.psm.migrate.dialect;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes an identifier only where it must be, as SQLAlchemy does: a lower-case name that is not a
 * reserved word stays bare (so H2 folds it to upper case like every unquoted name there, and
 * {@code alembic_version} stays Alembic's table on PostgreSQL); anything else is double-quoted,
 * embedded quotes doubled.
 */
final class Identifiers {

    private static final Pattern BARE = Pattern.compile("[a-z_][a-z0-9_]*");

    private Identifiers() {
    }

    static String quote(String identifier, Set<String> reservedWords) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("An identifier must not be empty");
        }
        if (isBare(identifier, reservedWords)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static boolean isBare(String identifier, Set<String> reservedWords) {
        return BARE.matcher(identifier).matches() && !reservedWords.contains(identifier);
    }
}
