package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.jdbc.SqliteTokens.Token;
import io.psm.migrate.autogenerate.schema.CheckConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the text of a SQLite {@code CREATE TABLE} tells beyond its pragmas: the names of its unique
 * and foreign key constraints, its check constraints, and what autogenerate does not model
 * ({@code AUTOINCREMENT}, {@code COLLATE}, generated columns, {@code WITHOUT ROWID}, {@code STRICT}).
 *
 * @param uniqueNames  the named unique constraints, by their columns
 * @param foreignKeys  the named foreign keys, by their columns and referenced table
 * @param checks       the check constraints, in declared order
 * @param unmodelled   the features the model leaves out, as key words, sorted
 */
record SqliteTableDefinition(List<Named> uniqueNames, List<Named> foreignKeys, List<CheckConstraint> checks,
                             List<String> unmodelled) {

    /** A constraint's name and what identifies it: its columns (lower case) and, for a key, the table it refers to. */
    record Named(String name, List<String> columns, String referencedTable) {
    }

    private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    /** The name a unique constraint on these columns was declared with. */
    Optional<String> uniqueName(List<String> columns) {
        return find(uniqueNames, columns, "");
    }

    /** The name a foreign key on these columns to that table was declared with. */
    Optional<String> foreignKeyName(List<String> columns, String referencedTable) {
        return find(foreignKeys, columns, referencedTable.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> find(List<Named> named, List<String> columns, String table) {
        List<String> key = lower(columns);
        return named.stream().filter(each -> each.columns().equals(key) && each.referencedTable().equals(table))
                .map(Named::name).findFirst();
    }

    /** Reads a {@code CREATE TABLE} statement as {@code sqlite_master.sql} holds it. */
    static SqliteTableDefinition parse(String sql) {
        List<Token> tokens = SqliteTokens.of(sql);
        int open = indexOf(tokens, "(", 0);
        int close = open < 0 ? -1 : matching(tokens, open);
        Builder builder = new Builder(sql);
        if (open < 0 || close < 0) {
            return builder.build();
        }
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            String text = tokens.get(i).text();
            if (text.equals("(")) {
                depth++;
            } else if (text.equals(")")) {
                depth--;
            } else if (text.equals(",") && depth == 0 && !tokens.get(i).quoted()) {
                builder.definition(tokens.subList(start, i));
                start = i + 1;
            }
        }
        builder.definition(tokens.subList(start, close));
        for (Token option : tokens.subList(close + 1, tokens.size())) {
            if (option.is("WITHOUT") || option.is("STRICT")) {
                builder.unmodelled.add(option.is("WITHOUT") ? "WITHOUT ROWID" : "STRICT");
            }
        }
        return builder.build();
    }

    /** Collects the parts of one table's definitions. */
    private static final class Builder {

        private final String sql;
        private final List<Named> uniques = new ArrayList<>();
        private final List<Named> keys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final Set<String> unmodelled = new TreeSet<>();

        Builder(String sql) {
            this.sql = sql;
        }

        SqliteTableDefinition build() {
            return new SqliteTableDefinition(List.copyOf(uniques), List.copyOf(keys), List.copyOf(checks),
                    List.copyOf(unmodelled));
        }

        /** One column definition or table constraint. */
        void definition(List<Token> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String first = tokens.get(0).word();
            if (Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first)) {
                constraints(tokens, List.of());
            } else {
                int constraints = 1;
                while (constraints < tokens.size() && !COLUMN_CONSTRAINT_WORDS.contains(tokens.get(constraints).word())) {
                    constraints++;
                }
                constraints(tokens.subList(constraints, tokens.size()), List.of(tokens.get(0).identifier()));
            }
        }

        /** Constraints of a table ({@code column} empty) or of one column. */
        private void constraints(List<Token> tokens, List<String> column) {
            Optional<String> name = Optional.empty();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                switch (token.word()) {
                    case "CONSTRAINT" -> {
                        if (i + 1 < tokens.size()) {
                            name = Optional.of(tokens.get(++i).identifier());
                        }
                    }
                    case "UNIQUE" -> {
                        List<String> columns = column.isEmpty() ? columnList(tokens, i + 1) : column;
                        name.ifPresent(n -> uniques.add(new Named(n, lower(columns), "")));
                        name = Optional.empty();
                    }
                    case "CHECK" -> {
                        int open = indexOf(tokens, "(", i + 1);
                        int close = open < 0 ? -1 : matching(tokens, open);
                        if (close > open) {
                            String expression = sql.substring(tokens.get(open).end(), tokens.get(close).start()).strip();
                            checks.add(new CheckConstraint(name, expression));
                            i = close;
                        }
                        name = Optional.empty();
                    }
                    case "FOREIGN" -> {
                        List<String> columns = columnList(tokens, i + 1);
                        int references = indexOfWord(tokens, "REFERENCES", i + 1);
                        if (references > 0 && references + 1 < tokens.size()) {
                            String table = tokens.get(references + 1).identifier();
                            name.ifPresent(n -> keys.add(new Named(n, lower(columns), table.toLowerCase(Locale.ROOT))));
                            i = references + 1;
                        }
                        name = Optional.empty();
                    }
                    case "REFERENCES" -> {
                        if (!column.isEmpty() && i + 1 < tokens.size()) {
                            String table = tokens.get(i + 1).identifier();
                            name.ifPresent(n -> keys.add(new Named(n, lower(column), table.toLowerCase(Locale.ROOT))));
                        }
                        name = Optional.empty();
                    }
                    case "COLLATE", "AUTOINCREMENT" -> unmodelled.add(token.word());
                    case "GENERATED", "AS" -> {
                        if (!column.isEmpty()) {
                            unmodelled.add("generated columns");
                        }
                    }
                    case "PRIMARY", "DEFAULT", "NOT" -> name = Optional.empty();
                    default -> {
                        if (token.text().equals("(")) {
                            i = Math.max(i, matching(tokens, i));
                        }
                    }
                }
            }
        }
    }

    /** The first identifier of each item of the parenthesised list that starts at or after {@code from}. */
    private static List<String> columnList(List<Token> tokens, int from) {
        int open = indexOf(tokens, "(", from);
        int close = open < 0 ? -1 : matching(tokens, open);
        List<String> columns = new ArrayList<>();
        boolean expectName = true;
        for (int i = open + 1; i < close && i > 0; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",") && !token.quoted()) {
                expectName = true;
            } else if (expectName) {
                columns.add(token.identifier());
                expectName = false;
            }
        }
        return columns;
    }

    private static int indexOf(List<Token> tokens, String text, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).quoted() && tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfWord(List<Token> tokens, String word, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted()) {
                continue;
            }
            if (token.text().equals("(")) {
                depth++;
            } else if (token.text().equals(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
