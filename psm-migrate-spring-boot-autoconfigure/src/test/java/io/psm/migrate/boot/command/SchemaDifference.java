package io.psm.migrate.boot.command;

import io.psm.migrate.boot.command.blog.BlogApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One kind of change autogenerate detects, as a database that differs from the blog's entities by
 * that change alone: the schema that database has, and what {@code db migrate} reports for it.
 */
enum SchemaDifference {

    ADDED_TABLE(schema -> without(schema, "CREATE TABLE posts", "CREATE INDEX ix_posts_title"),
            List.of("Detected added table 'posts'"), List.of()),
    REMOVED_TABLE(schema -> with(schema, "CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body VARCHAR(200))"),
            List.of("Detected removed table 'legacy_notes'"), List.of()),
    ADDED_COLUMN(schema -> replace(schema, " phone VARCHAR(20),", ""),
            List.of("Detected added column 'users.phone'"), List.of()),
    REMOVED_COLUMN(schema -> replace(schema, " phone VARCHAR(20),", " phone VARCHAR(20), fax VARCHAR(20),"),
            List.of("Detected removed column 'users.fax'"), List.of()),
    RENAMED_COLUMN(schema -> replace(schema, " phone VARCHAR(20),", " mobile VARCHAR(20),"),
            List.of("Detected added column 'users.phone'", "Detected removed column 'users.mobile'"),
            List.of("Column 'users.mobile' is dropped while 'phone' is added; a rename cannot be detected")),
    NARROWED_TYPE(schema -> replace(schema, " phone VARCHAR(20),", " phone VARCHAR(40),"),
            List.of("Detected type change from VARCHAR(40) to VARCHAR(20) on 'users.phone'"),
            List.of("Changing 'users.phone' from VARCHAR(40) to VARCHAR(20) may lose data")),
    NOT_NULL(schema -> replace(schema, " username VARCHAR(80) NOT NULL,", " username VARCHAR(80),"),
            List.of("Detected NOT NULL on column 'users.username'"), List.of()),
    ADDED_INDEX(schema -> without(schema, "CREATE INDEX ix_posts_title"),
            List.of("Detected added index 'ix_posts_title' on '(title)'"), List.of()),
    REMOVED_INDEX(schema -> with(schema, "CREATE INDEX ix_posts_likes ON posts (likes)"),
            List.of("Detected removed index 'ix_posts_likes' on 'posts'"), List.of()),
    ADDED_UNIQUE_CONSTRAINT(schema -> replace(schema, ", CONSTRAINT uq_users_email UNIQUE (email)", ""),
            List.of("Detected added unique constraint 'uq_users_email' on '(email)'"), List.of()),
    ADDED_FOREIGN_KEY(schema -> replace(schema, ", CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id)", ""),
            List.of("Detected added foreign key (author_id)(id) on table posts"), List.of()),
    ADDED_SEQUENCE(schema -> without(schema, "CREATE SEQUENCE tags_seq"),
            List.of("Detected added sequence 'tags_seq'"), List.of()),
    REMOVED_SEQUENCE(schema -> with(schema, "CREATE SEQUENCE legacy_seq START WITH 1 INCREMENT BY 1"),
            List.of("Detected removed sequence 'legacy_seq'"), List.of());

    private final UnaryOperator<List<String>> change;
    private final List<String> reportLines;
    private final List<String> warnings;

    SchemaDifference(UnaryOperator<List<String>> change, List<String> reportLines, List<String> warnings) {
        this.change = change;
        this.reportLines = reportLines;
        this.warnings = warnings;
    }

    /** The statements that create the differing database. */
    List<String> schema() {
        return this.change.apply(BlogApplication.SCHEMA);
    }

    /** The {@code Detected ...} lines {@code db migrate} logs and {@code db check} prints. */
    List<String> reportLines() {
        return this.reportLines;
    }

    /** The beginnings of the warnings autogenerate gives, which the output and the script both carry. */
    List<String> warnings() {
        return this.warnings;
    }

    /** A revision message for the change: {@code Added column}. */
    String message() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> without(List<String> schema, String... prefixes) {
        return schema.stream().filter(sql -> List.of(prefixes).stream().noneMatch(sql::startsWith)).toList();
    }

    private static List<String> with(List<String> schema, String statement) {
        List<String> all = new ArrayList<>(schema);
        all.add(statement);
        return all;
    }

    private static List<String> replace(List<String> schema, String text, String replacement) {
        List<String> changed = schema.stream().map(sql -> sql.replace(text, replacement)).toList();
        if (changed.equals(schema)) {
            throw new IllegalStateException("The schema has no '" + text + "' to replace");
        }
        return changed;
    }
}
