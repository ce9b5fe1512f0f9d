package io.psm.migrate.lint;

/** The lexical rules that differ between the databases the lint reads. */
enum SqlSyntax {
    /**
     * PostgreSQL, H2, SQLite: {@code "quoted"} identifiers, {@code ''} inside strings,
     * {@code E'…'} strings with backslash escapes, dollar quoting, nested block comments.
     */
    STANDARD,
    /**
     * MySQL and MariaDB: {@code `quoted`} identifiers (and {@code "…"} strings), backslash
     * escapes in every string, {@code #} comments, block comments that do not nest.
     */
    MYSQL
}
