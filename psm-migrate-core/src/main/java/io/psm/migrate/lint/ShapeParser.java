package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a statement's {@link Shape} from its tokens. It reads only as far as the rules need
 * and never fails: what it does not know is {@link Shape.Other}.
 */
final class ShapeParser {

    /** Words that start a table constraint rather than a column in {@code CREATE TABLE}. */
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN",
            "EXCLUDE", "LIKE", "KEY", "INDEX", "FULLTEXT", "SPATIAL", "PERIOD");

    private static final Set<String> TABLE_MODIFIERS = Set.of("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED");

    private ShapeParser() {
    }

    /**
     * The shape of one statement.
     *
     * @param tokens its tokens (comments are ignored)
     * @param syntax the database's syntax
     * @return what it is
     */
    static Shape parse(List<Token> tokens, SqlSyntax syntax) {
        TokenCursor cursor = new TokenCursor(tokens);
        String first = cursor.peek(0).filter(token -> token.kind() == Token.Kind.WORD).map(Token::upper).orElse("");
        Optional<Shape> shape = switch (first) {
            case "CREATE" -> create(cursor, syntax);
            case "ALTER" -> AlterTableParser.parse(cursor, syntax);
            case "DROP" -> drop(cursor);
            case "RENAME" -> renameTables(cursor);
            case "VACUUM" -> Optional.of(vacuum(cursor));
            case "CLUSTER" -> Optional.of(cluster(cursor));
            case "REINDEX" -> Optional.of(reindex(cursor));
            case "LOCK" -> Optional.of(lock(cursor));
            case "SET" -> setVariable(cursor);
            default -> Optional.empty();
        };
        return shape.orElseGet(() -> new Shape.Other(first));
    }

    private static Optional<Shape> create(TokenCursor cursor, SqlSyntax syntax) {
        cursor.accept("CREATE");
        cursor.accept("OR", "REPLACE");
        while (cursor.peek(0).map(token -> TABLE_MODIFIERS.contains(token.upper())).orElse(false)) {
            cursor.next();
        }
        if (cursor.accept("TABLE")) {
            return createTable(cursor, syntax);
        }
        Shape.IndexKind kind = cursor.accept("UNIQUE") ? Shape.IndexKind.UNIQUE
                : cursor.accept("FULLTEXT") ? Shape.IndexKind.FULLTEXT
                : cursor.accept("SPATIAL") ? Shape.IndexKind.SPATIAL : Shape.IndexKind.PLAIN;
        return cursor.accept("INDEX") ? createIndex(cursor, kind) : Optional.empty();
    }

    private static Optional<Shape> createTable(TokenCursor cursor, SqlSyntax syntax) {
        cursor.acceptIfExists();
        Optional<Name> table = cursor.name();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        cursor.group().ifPresent(elements -> {
            for (List<Token> element : new TokenCursor(elements).splitRestAtCommas()) {
                if (!(element.get(0).kind() == Token.Kind.WORD && TABLE_CONSTRAINTS.contains(element.get(0).upper()))) {
                    ColumnParser.column(element, syntax).ifPresent(columns::add);
                }
            }
        });
        return Optional.of(new Shape.CreateTable(table.get(), columns));
    }

    private static Optional<Shape> createIndex(TokenCursor cursor, Shape.IndexKind kind) {
        boolean concurrently = cursor.accept("CONCURRENTLY");
        cursor.acceptIfExists();
        Optional<Name> index = cursor.at("ON") ? Optional.empty() : cursor.name();
        if (cursor.accept("USING")) {
            cursor.next();
        }
        if (!cursor.accept("ON")) {
            return Optional.empty();
        }
        cursor.accept("ONLY");
        Optional<Name> table = cursor.name();
        return table.map(name -> new Shape.CreateIndex(index, name, kind, concurrently, online(cursor.rest())));
    }

    private static Optional<Shape> drop(TokenCursor cursor) {
        cursor.accept("DROP");
        cursor.accept("TEMPORARY");
        if (cursor.accept("TABLE")) {
            cursor.acceptIfExists();
            return Optional.of(new Shape.DropTable(names(cursor)));
        }
        if (!cursor.accept("INDEX")) {
            return Optional.empty();
        }
        boolean concurrently = cursor.accept("CONCURRENTLY");
        cursor.acceptIfExists();
        List<Name> indexes = names(cursor);
        Optional<Name> table = cursor.accept("ON") ? cursor.name() : Optional.empty();
        return Optional.of(new Shape.DropIndex(indexes, table, concurrently));
    }

    /** MySQL's {@code RENAME TABLE a TO b, c TO d}. */
    private static Optional<Shape> renameTables(TokenCursor cursor) {
        cursor.accept("RENAME");
        if (!cursor.accept("TABLE") && !cursor.accept("TABLES")) {
            return Optional.empty();
        }
        List<Name> from = new ArrayList<>();
        List<Name> to = new ArrayList<>();
        for (List<Token> pair : cursor.splitRestAtCommas()) {
            TokenCursor names = new TokenCursor(pair);
            Optional<Name> old = names.name();
            Optional<Name> renamed = names.accept("TO") ? names.name() : Optional.empty();
            if (old.isPresent() && renamed.isPresent()) {
                from.add(old.get());
                to.add(renamed.get());
            }
        }
        return Optional.of(new Shape.RenameTables(from, to));
    }

    private static Shape vacuum(TokenCursor cursor) {
        cursor.accept("VACUUM");
        boolean full = cursor.group().map(ShapeParser::optionOn).map(options -> options.contains("FULL")).orElse(false);
        while (cursor.peek(0).map(token -> Set.of("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE")
                .contains(token.upper())).orElse(false)) {
            full |= cursor.next().orElseThrow().is("FULL");
        }
        List<Name> tables = new ArrayList<>();
        for (List<Token> part : cursor.splitRestAtCommas()) {
            new TokenCursor(part).name().ifPresent(tables::add);
        }
        return new Shape.Vacuum(full, tables);
    }

    private static Shape cluster(TokenCursor cursor) {
        cursor.accept("CLUSTER");
        cursor.accept("VERBOSE");
        cursor.group();
        Optional<Name> first = cursor.name();
        // The old form CLUSTER index ON table.
        Optional<Name> table = cursor.accept("ON") ? cursor.name() : first;
        return new Shape.Cluster(table);
    }

    private static Shape reindex(TokenCursor cursor) {
        cursor.accept("REINDEX");
        boolean concurrently = cursor.group().map(ShapeParser::optionOn).map(o -> o.contains("CONCURRENTLY")).orElse(false);
        String target = cursor.next().map(Token::upper).orElse("");
        concurrently |= cursor.accept("CONCURRENTLY");
        return new Shape.Reindex(target, cursor.name(), concurrently);
    }

    private static Shape lock(TokenCursor cursor) {
        cursor.accept("LOCK");
        boolean mysql = cursor.accept("TABLES");
        cursor.accept("TABLE");
        cursor.accept("ONLY");
        List<Name> tables = new ArrayList<>();
        String mode = "ACCESS EXCLUSIVE";
        for (List<Token> part : cursor.splitRestAtCommas()) {
            TokenCursor item = new TokenCursor(part);
            item.name().ifPresent(tables::add);
            List<String> words = item.rest().stream().filter(t -> t.kind() == Token.Kind.WORD).map(Token::upper).toList();
            if (mysql || words.contains("WRITE") || words.contains("READ")) {
                mode = words.contains("WRITE") || mode.equals("WRITE") ? "WRITE" : "READ";
            } else if (words.contains("IN") && words.contains("MODE")) {
                mode = String.join(" ", words.subList(words.indexOf("IN") + 1, words.indexOf("MODE")));
            }
        }
        return new Shape.LockTable(tables, mode);
    }

    private static Optional<Shape> setVariable(TokenCursor cursor) {
        cursor.accept("SET");
        if (!cursor.accept("SESSION")) {
            cursor.accept("LOCAL");
        }
        while (cursor.acceptSymbol("@")) {
            // @@foreign_key_checks
        }
        Optional<Name> variable = cursor.name();
        if (variable.isEmpty() || !(cursor.acceptSymbol("=") || cursor.accept("TO"))) {
            return Optional.empty();
        }
        String value = cursor.next().map(token -> token.text().toLowerCase(java.util.Locale.ROOT)).orElse("");
        return Optional.of(new Shape.SetVariable(variable.get().last(), value));
    }

    /** Names separated by commas, up to the first token that is neither; {@code CASCADE} and the like are left. */
    private static List<Name> names(TokenCursor cursor) {
        List<Name> names = new ArrayList<>();
        do {
            cursor.name().ifPresent(names::add);
        } while (cursor.acceptSymbol(","));
        return names;
    }

    /** The options of a {@code (FULL, ANALYZE)} or {@code (CONCURRENTLY true)} list that are on, upper case. */
    private static Set<String> optionOn(List<Token> options) {
        Set<String> on = new java.util.HashSet<>();
        for (List<Token> option : new TokenCursor(options).splitRestAtCommas()) {
            String value = option.size() > 1 ? option.get(1).text().toLowerCase(java.util.Locale.ROOT) : "true";
            if (!Set.of("false", "off", "0").contains(value)) {
                on.add(option.get(0).upper());
            }
        }
        return on;
    }

    /** MySQL's {@code ALGORITHM [=] x} and {@code LOCK [=] x} among these tokens. */
    static Shape.OnlineOptions online(List<Token> tokens) {
        Optional<String> algorithm = Optional.empty();
        Optional<String> lock = Optional.empty();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("ALGORITHM") || token.is("LOCK")) {
                int value = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("=") ? i + 2 : i + 1;
                Optional<String> found = value < tokens.size() ? Optional.of(tokens.get(value).upper()) : Optional.empty();
                if (token.is("ALGORITHM")) {
                    algorithm = found;
                } else {
                    lock = found;
                }
            }
        }
        return new Shape.OnlineOptions(algorithm, lock);
    }
}
