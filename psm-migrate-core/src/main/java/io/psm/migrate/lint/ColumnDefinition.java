package io.psm.migrate.lint;

import java.util.List;
import java.util.Optional;

/**
 * A column as {@code CREATE TABLE}, {@code ADD COLUMN} or MySQL's {@code MODIFY}/{@code CHANGE}
 * define it: what the rules need to know of it.
 *
 * @param name          the column's name, lower case
 * @param type          its type; empty when it could not be read
 * @param defaultValue  the tokens of its {@code DEFAULT} expression; empty without one
 * @param generation    whether and how its values are generated
 * @param notNull       whether it says {@code NOT NULL} (or {@code PRIMARY KEY})
 * @param references    the table a column-level {@code REFERENCES} names, if any
 * @param positioned    whether MySQL's {@code FIRST} or {@code AFTER col} places it
 */
record ColumnDefinition(String name, Optional<ColumnType> type, List<Token> defaultValue, Generation generation,
                        boolean notNull, Optional<Name> references, boolean positioned) {

    ColumnDefinition {
        defaultValue = List.copyOf(defaultValue);
    }

    /** How a column's values are generated. */
    enum Generation {
        /** Not generated: given, or defaulted. */
        NONE,
        /** A sequence fills it: {@code serial}, {@code GENERATED … AS IDENTITY}, {@code AUTO_INCREMENT}. */
        SEQUENCE,
        /** Computed from other columns and stored: {@code GENERATED ALWAYS AS (…) STORED}. */
        STORED,
        /** Computed from other columns when read: MySQL's {@code VIRTUAL}. */
        VIRTUAL
    }

    /** Whether it has a {@code DEFAULT} other than {@code NULL}. */
    boolean hasDefault() {
        return !defaultValue.isEmpty() && !(defaultValue.size() == 1 && defaultValue.get(0).is("NULL"));
    }

    /** The default expression as text, for messages. */
    String defaultText() {
        return Tokens.text(defaultValue);
    }
}
