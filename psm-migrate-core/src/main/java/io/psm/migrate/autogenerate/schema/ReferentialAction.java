package io.psm.migrate.autogenerate.schema;

/** What a foreign key does when the referenced row is deleted. */
public enum ReferentialAction {

    /** {@code NO ACTION}, the default: the delete fails while rows still refer to it. */
    NO_ACTION("NO ACTION"),

    /** {@code RESTRICT}: like {@code NO ACTION}, checked immediately. */
    RESTRICT("RESTRICT"),

    /** {@code CASCADE}: the referring rows are deleted too. */
    CASCADE("CASCADE"),

    /** {@code SET NULL}: the referring columns are set to {@code NULL}. */
    SET_NULL("SET NULL"),

    /** {@code SET DEFAULT}: the referring columns are set to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as written after {@code ON DELETE}. */
    public String sql() {
        return sql;
    }
}
