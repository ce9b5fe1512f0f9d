package io.psm.migrate.cli;

/** How {@code --sql} output is printed, and the range rule it goes with. */
final class SqlOutput {

    private SqlOutput() {
    }

    /** Prints SQL to standard output, ending with a line break. */
    static void print(Session session, String sql) {
        session.out().print(sql.endsWith("\n") || sql.isEmpty() ? sql : sql + "\n");
        session.out().flush();
    }

    /**
     * Refuses a {@code FROM:TARGET} range outside {@code --sql}, as Alembic does.
     *
     * @throws CommandFailure when {@code target} is a range
     */
    static void rejectRange(String target) {
        if (target.contains(":")) {
            throw new CommandFailure("Range revision not allowed: '" + target + "' (a FROM:TARGET range needs --sql)");
        }
    }
}
