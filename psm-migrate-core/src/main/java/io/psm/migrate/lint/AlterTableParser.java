package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code ALTER TABLE name action, action, …} into a {@link Shape.AlterTable}. */
final class AlterTableParser {

    private final SqlSyntax syntax;

    private AlterTableParser(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * The {@code ALTER TABLE} at the cursor.
     *
     * @param cursor at {@code ALTER}
     * @param syntax the database's syntax
     * @return the statement; empty when it alters something other than a table
     */
    static Optional<Shape> parse(TokenCursor cursor, SqlSyntax syntax) {
        cursor.accept("ALTER");
        cursor.accept("ONLINE");
        cursor.accept("IGNORE");
        if (!cursor.accept("TABLE")) {
            return Optional.empty();
        }
        cursor.acceptIfExists();
        cursor.accept("ONLY");
        Optional<Name> table = cursor.name();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        cursor.acceptSymbol("*");
        AlterTableParser parser = new AlterTableParser(syntax);
        List<AlterAction> actions = new ArrayList<>();
        List<Token> options = new ArrayList<>();
        for (List<Token> part : cursor.splitRestAtCommas()) {
            if (part.get(0).is("ALGORITHM") || part.get(0).is("LOCK")) {
                options.addAll(part);
            } else {
                actions.addAll(parser.action(part));
            }
        }
        return Optional.of(new Shape.AlterTable(table.get(), actions, ShapeParser.online(options)));
    }

    private List<AlterAction> action(List<Token> part) {
        TokenCursor cursor = new TokenCursor(part);
        String verb = cursor.peek(0).map(Token::upper).orElse("");
        if (verb.equals("CHANGE")) {
            List<AlterAction> change = change(cursor);
            return change.isEmpty() ? List.of(new AlterAction.Other(Tokens.text(part))) : change;
        }
        cursor.next();
        Optional<AlterAction> action = switch (verb) {
            case "ADD" -> add(cursor);
            case "DROP" -> drop(cursor);
            case "ALTER" -> alterColumn(cursor);
            case "RENAME" -> rename(cursor);
            case "MODIFY" -> modify(cursor);
            case "VALIDATE" -> cursor.accept("CONSTRAINT")
                    ? cursor.simpleName().map(AlterAction.ValidateConstraint::new) : Optional.empty();
            case "CONVERT" -> Optional.of(new AlterAction.ConvertCharset());
            default -> Optional.empty();
        };
        return List.of(action.orElseGet(() -> new AlterAction.Other(Tokens.text(part))));
    }

    private Optional<AlterAction> add(TokenCursor cursor) {
        if (cursor.accept("COLUMN")) {
            cursor.acceptIfExists();
            return column(cursor).map(AlterAction.AddColumn::new);
        }
        Optional<AlterAction.ConstraintKind> kind = constraintKind(cursor);
        if (kind.isEmpty() && !cursor.at("CONSTRAINT")) {
            cursor.acceptIfExists();
            return column(cursor).map(AlterAction.AddColumn::new);
        }
        return Optional.of(constraint(cursor));
    }

    /** {@code [CONSTRAINT name] kind …}, the cursor after {@code ADD}. */
    private AlterAction constraint(TokenCursor cursor) {
        Optional<String> name = cursor.accept("CONSTRAINT") && !isKindWord(cursor.peek(0))
                ? cursor.simpleName() : Optional.empty();
        AlterAction.ConstraintKind kind = constraintKind(cursor).orElse(AlterAction.ConstraintKind.CHECK);
        takeKind(cursor, kind);
        boolean usingIndex = cursor.at("USING", "INDEX") && !cursor.peek(2).map(t -> t.is("TABLESPACE")).orElse(true);
        if (name.isEmpty() && !cursor.atSymbol("(") && !cursor.at("USING")) {
            name = cursor.simpleName();
        }
        Optional<String> notNullColumn = Optional.empty();
        Optional<Name> referenced = Optional.empty();
        if (kind == AlterAction.ConstraintKind.CHECK) {
            notNullColumn = cursor.group().flatMap(AlterTableParser::isNotNullTest);
        } else if (kind == AlterAction.ConstraintKind.FOREIGN_KEY) {
            cursor.group();
            referenced = cursor.accept("REFERENCES") ? cursor.name() : Optional.empty();
        }
        boolean notValid = containsSequence(cursor.rest(), "NOT", "VALID");
        return new AlterAction.AddConstraint(name, kind, notValid, usingIndex, notNullColumn, referenced);
    }

    private static Optional<AlterAction.ConstraintKind> constraintKind(TokenCursor cursor) {
        int skip = cursor.at("CONSTRAINT") ? (isKindWord(cursor.peek(1)) ? 1 : 2) : 0;
        String word = cursor.peek(skip).filter(t -> t.kind() == Token.Kind.WORD).map(Token::upper).orElse("");
        return Optional.ofNullable(switch (word) {
            case "PRIMARY" -> AlterAction.ConstraintKind.PRIMARY_KEY;
            case "UNIQUE" -> AlterAction.ConstraintKind.UNIQUE;
            case "CHECK" -> AlterAction.ConstraintKind.CHECK;
            case "FOREIGN" -> AlterAction.ConstraintKind.FOREIGN_KEY;
            case "EXCLUDE" -> AlterAction.ConstraintKind.EXCLUDE;
            case "INDEX", "KEY" -> AlterAction.ConstraintKind.INDEX;
            case "FULLTEXT" -> AlterAction.ConstraintKind.FULLTEXT;
            case "SPATIAL" -> AlterAction.ConstraintKind.SPATIAL;
            default -> null;
        });
    }

    /** Whether the token starts a constraint kind ({@code CONSTRAINT} may come without a name in MySQL). */
    private static boolean isKindWord(Optional<Token> token) {
        return token.map(t -> t.is("PRIMARY") || t.is("UNIQUE") || t.is("CHECK") || t.is("FOREIGN")
                || t.is("EXCLUDE")).orElse(false);
    }

    /** Takes the key words of a constraint kind: {@code PRIMARY KEY}, {@code UNIQUE [KEY|INDEX]}, {@code FOREIGN KEY}, … */
    private static void takeKind(TokenCursor cursor, AlterAction.ConstraintKind kind) {
        switch (kind) {
            case PRIMARY_KEY -> cursor.accept("PRIMARY", "KEY");
            case FOREIGN_KEY -> cursor.accept("FOREIGN", "KEY");
            case UNIQUE, FULLTEXT, SPATIAL -> {
                cursor.next();
                if (!cursor.accept("KEY")) {
                    cursor.accept("INDEX");
                }
            }
            default -> cursor.next();
        }
    }

    private Optional<AlterAction> drop(TokenCursor cursor) {
        if (cursor.accept("PRIMARY", "KEY")) {
            return Optional.of(new AlterAction.DropPrimaryKey());
        }
        if (cursor.at("CONSTRAINT") || cursor.at("INDEX") || cursor.at("KEY") || cursor.at("FOREIGN")
                || cursor.at("CHECK") || cursor.at("DEFAULT") || cursor.at("PARTITION")) {
            return Optional.empty();
        }
        cursor.accept("COLUMN");
        cursor.acceptIfExists();
        return cursor.simpleName().map(AlterAction.DropColumn::new);
    }

    /** PostgreSQL's {@code ALTER [COLUMN] c …}; MySQL's {@code ALTER COLUMN c SET DEFAULT} falls through to other. */
    private Optional<AlterAction> alterColumn(TokenCursor cursor) {
        cursor.accept("COLUMN");
        Optional<String> column = cursor.simpleName();
        if (column.isEmpty()) {
            return Optional.empty();
        }
        if (cursor.accept("SET", "NOT", "NULL")) {
            return Optional.of(new AlterAction.SetNotNull(column.get()));
        }
        if (cursor.accept("SET", "DATA", "TYPE") || cursor.accept("TYPE")) {
            Optional<ColumnType> type = ColumnParser.type(cursor);
            boolean rewriteUsing = cursor.accept("USING") && !isCastOf(column.get(), cursor.rest());
            return type.map(t -> new AlterAction.AlterColumnType(column.get(), t, rewriteUsing));
        }
        return Optional.empty();
    }

    private Optional<AlterAction> rename(TokenCursor cursor) {
        if (cursor.accept("TO") || cursor.accept("AS")) {
            return cursor.name().map(AlterAction.RenameTable::new);
        }
        if (cursor.at("CONSTRAINT") || cursor.at("INDEX") || cursor.at("KEY")) {
            return Optional.empty();
        }
        cursor.accept("COLUMN");
        Optional<String> column = cursor.simpleName();
        if (column.isEmpty() || !cursor.accept("TO")) {
            return Optional.empty();
        }
        return cursor.simpleName().map(newName -> new AlterAction.RenameColumn(column.get(), newName));
    }

    private Optional<AlterAction> modify(TokenCursor cursor) {
        cursor.accept("COLUMN");
        return column(cursor).map(defined -> new AlterAction.ModifyColumn(defined.name(), defined));
    }

    /** MySQL's {@code CHANGE [COLUMN] old new type …}: a rename when the names differ, and a restatement. */
    private List<AlterAction> change(TokenCursor cursor) {
        cursor.accept("CHANGE");
        cursor.accept("COLUMN");
        Optional<String> old = cursor.simpleName();
        Optional<ColumnDefinition> defined = column(cursor);
        if (old.isEmpty() || defined.isEmpty()) {
            return List.of();
        }
        List<AlterAction> actions = new ArrayList<>();
        if (!old.get().equals(defined.get().name())) {
            actions.add(new AlterAction.RenameColumn(old.get(), defined.get().name()));
        }
        actions.add(new AlterAction.ModifyColumn(old.get(), defined.get()));
        return actions;
    }

    private Optional<ColumnDefinition> column(TokenCursor cursor) {
        return ColumnParser.column(cursor.rest(), syntax);
    }

    /** For {@code CHECK (c IS NOT NULL)}, the column {@code c}. */
    private static Optional<String> isNotNullTest(List<Token> check) {
        TokenCursor cursor = new TokenCursor(check);
        Optional<String> column = cursor.simpleName();
        return column.filter(c -> cursor.accept("IS", "NOT", "NULL") && cursor.atEnd());
    }

    /** Whether a {@code USING} expression only casts the column: {@code c}, {@code c::type}, {@code CAST(c AS type)}. */
    private static boolean isCastOf(String column, List<Token> using) {
        TokenCursor cursor = new TokenCursor(using);
        if (cursor.accept("CAST")) {
            return cursor.group().map(inner -> isCastOf(column, inner.subList(0, Math.min(1, inner.size())))
                    && inner.size() > 1 && inner.get(1).is("AS")).orElse(false);
        }
        if (!cursor.simpleName().filter(column::equals).isPresent()) {
            return false;
        }
        return cursor.atEnd() || cursor.atSymbol("::");
    }

    private static boolean containsSequence(List<Token> tokens, String first, String second) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }
}
