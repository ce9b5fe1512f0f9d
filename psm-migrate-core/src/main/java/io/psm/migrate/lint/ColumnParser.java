package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a column definition ({@code name type [constraints]}) and types, for {@code CREATE TABLE},
 * {@code ADD COLUMN}, {@code ALTER COLUMN … TYPE} and MySQL's {@code MODIFY}/{@code CHANGE}.
 */
final class ColumnParser {

    /** Words that end a type and start a column constraint or clause. */
    private static final Set<String> AFTER_TYPE = Set.of("NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE",
            "CHECK", "REFERENCES", "GENERATED", "COLLATE", "AUTO_INCREMENT", "COMMENT", "FIRST", "AFTER", "ON", "AS",
            "USING", "IDENTITY", "VISIBLE", "INVISIBLE", "STORAGE", "COMPRESSION", "KEY", "CHARSET", "SRID",
            "DEFERRABLE", "INITIALLY", "COLUMN_FORMAT", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE");

    /** Words that end a {@code DEFAULT} expression. */
    private static final Set<String> AFTER_DEFAULT = Set.of("NOT", "NULL", "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "GENERATED", "COLLATE", "COMMENT", "ON", "AUTO_INCREMENT", "FIRST", "AFTER", "VISIBLE",
            "INVISIBLE", "AS");

    private static final Set<String> INTEGER_TYPES = Set.of("tinyint", "smallint", "mediumint", "integer", "bigint");

    private static final Set<String> SERIAL_TYPES = Set.of("serial", "smallserial", "bigserial");

    private ColumnParser() {
    }

    /**
     * A column definition.
     *
     * @param tokens the definition, starting with the column's name
     * @param syntax the database's syntax (a MySQL generated column is virtual unless it says {@code STORED})
     * @return the column; empty when the tokens do not start with a name
     */
    static Optional<ColumnDefinition> column(List<Token> tokens, SqlSyntax syntax) {
        TokenCursor cursor = new TokenCursor(tokens);
        Optional<String> name = cursor.simpleName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<ColumnType> type = type(cursor);
        ColumnDefinition.Generation generation = type.filter(t -> SERIAL_TYPES.contains(t.name())).isPresent()
                ? ColumnDefinition.Generation.SEQUENCE : ColumnDefinition.Generation.NONE;
        type = type.map(ColumnParser::withoutSerial);
        List<Token> defaultValue = List.of();
        boolean notNull = false;
        Optional<Name> references = Optional.empty();
        boolean positioned = false;
        while (!cursor.atEnd()) {
            if (cursor.accept("NOT", "NULL") || cursor.accept("PRIMARY", "KEY")) {
                notNull = true;
            } else if (cursor.accept("DEFAULT")) {
                defaultValue = expression(cursor);
            } else if (cursor.at("GENERATED") || cursor.at("AS")) {
                generation = generation(cursor, syntax);
            } else if (cursor.accept("AUTO_INCREMENT")) {
                generation = ColumnDefinition.Generation.SEQUENCE;
            } else if (cursor.accept("REFERENCES")) {
                references = cursor.name();
            } else if (cursor.accept("FIRST") || cursor.accept("AFTER")) {
                positioned = true;
            } else {
                cursor.skipItem();
            }
        }
        return Optional.of(new ColumnDefinition(name.get(), type, defaultValue, generation, notNull, references,
                positioned));
    }

    /**
     * Reads a type at the cursor: its words, arguments and array brackets, up to the first word of
     * a column constraint.
     *
     * @return the type; empty when no word is next
     */
    static Optional<ColumnType> type(TokenCursor cursor) {
        Optional<Token> first = cursor.peek(0).filter(token -> token.kind() == Token.Kind.WORD);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        cursor.next();
        List<String> words = new ArrayList<>(List.of(first.get().text()));
        List<String> arguments = List.of();
        boolean array = false;
        while (!cursor.atEnd()) {
            Token next = cursor.peek(0).orElseThrow();
            if (next.isSymbol("(") && arguments.isEmpty()) {
                arguments = arguments(cursor.group().orElseThrow());
            } else if (next.isSymbol("[")) {
                while (cursor.next().filter(token -> token.isSymbol("]")).isEmpty() && !cursor.atEnd()) {
                    // skip the array's bounds
                }
                array = true;
            } else if (next.is("ARRAY")) {
                cursor.next();
                array = true;
            } else if (next.isSymbol(".") && cursor.peek(1).map(Token::isName).orElse(false)) {
                cursor.next();
                words.set(words.size() - 1, words.get(words.size() - 1) + "." + cursor.next().orElseThrow().text());
            } else if (next.kind() == Token.Kind.WORD && !AFTER_TYPE.contains(next.upper())
                    && !(next.is("CHARACTER") && cursor.peek(1).map(t -> t.is("SET")).orElse(false))) {
                words.add(cursor.next().orElseThrow().text());
            } else {
                break;
            }
        }
        ColumnType type = ColumnType.of(words, arguments, array);
        // MySQL's display width (int(11)) says nothing about what the column holds.
        return Optional.of(INTEGER_TYPES.contains(type.name()) ? new ColumnType(type.name(), List.of(), array) : type);
    }

    /** A {@code DEFAULT} expression: its first item, then everything up to the next column clause. */
    private static List<Token> expression(TokenCursor cursor) {
        List<Token> taken = new ArrayList<>();
        boolean first = true;
        while (!cursor.atEnd()) {
            Token next = cursor.peek(0).orElseThrow();
            if (!first && next.kind() == Token.Kind.WORD && AFTER_DEFAULT.contains(next.upper())) {
                break;
            }
            first = false;
            if (next.isSymbol("(")) {
                taken.add(next);
                taken.addAll(cursor.group().orElseThrow());
                taken.add(new Token(Token.Kind.SYMBOL, ")", next.line()));
            } else {
                taken.add(cursor.next().orElseThrow());
            }
        }
        return taken;
    }

    /** {@code GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY}, {@code GENERATED ALWAYS AS (…) STORED}, MySQL's {@code AS (…)}. */
    private static ColumnDefinition.Generation generation(TokenCursor cursor, SqlSyntax syntax) {
        cursor.accept("GENERATED");
        if (!cursor.accept("ALWAYS")) {
            cursor.accept("BY", "DEFAULT");
        }
        cursor.accept("AS");
        if (cursor.accept("IDENTITY")) {
            cursor.group();
            return ColumnDefinition.Generation.SEQUENCE;
        }
        cursor.group();
        if (cursor.accept("STORED") || cursor.accept("PERSISTENT")) {
            return ColumnDefinition.Generation.STORED;
        }
        if (cursor.accept("VIRTUAL")) {
            return ColumnDefinition.Generation.VIRTUAL;
        }
        // PostgreSQL before 18 has stored generated columns only; MySQL's default is virtual.
        return syntax == SqlSyntax.MYSQL ? ColumnDefinition.Generation.VIRTUAL : ColumnDefinition.Generation.STORED;
    }

    private static List<String> arguments(List<Token> group) {
        return new TokenCursor(group).splitRestAtCommas().stream().map(Tokens::text).toList();
    }

    /** {@code serial} is {@code integer} with a sequence: the column's type is the integer. */
    private static ColumnType withoutSerial(ColumnType type) {
        return switch (type.name()) {
            case "serial" -> new ColumnType("integer", List.of(), type.array());
            case "smallserial" -> new ColumnType("smallint", List.of(), type.array());
            case "bigserial" -> new ColumnType("bigint", List.of(), type.array());
            default -> type;
        };
    }
}
