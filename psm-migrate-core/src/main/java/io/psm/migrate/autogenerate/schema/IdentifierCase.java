package io.psm.migrate.autogenerate.schema;

import java.util.Locale;

/** How a database stores an unquoted identifier: PostgreSQL folds it to lower case, H2 (by default) to upper case. */
public enum IdentifierCase {

    /** Unquoted identifiers are stored in lower case. */
    LOWER,

    /** Unquoted identifiers are stored in upper case. */
    UPPER;

    /**
     * The catalog form of an unquoted identifier.
     *
     * @param identifier an identifier as written without quotes
     * @return the identifier as the database stores it
     */
    public String fold(String identifier) {
        return this == LOWER ? identifier.toLowerCase(Locale.ROOT) : identifier.toUpperCase(Locale.ROOT);
    }
}
