package io.psm.migrate.execute;

import io.psm.migrate.script.SqlStatement;

import java.util.List;
import java.util.stream.Collectors;

/** The words of a failure that left part of a revision applied: which statements, and what to do about them. */
final class Recovery {

    /**
     * What to do about the statements that stayed; it names the repair command as inside an
     * application.
     *
     * @param statements how many statements it is about
     */
    static String whatToDo(int statements) {
        String them = statements == 1 ? "it" : "them";
        return "Undo " + them + " by hand, or make " + them + " safe to repeat (IF NOT EXISTS, IF EXISTS),"
                + " then run 'db repair' to clear the failure, and upgrade again";
    }

    /** {@code These statements ran} or {@code This statement ran}, and what follows. */
    static String these(int statements, String verbAndRest) {
        return (statements == 1 ? "this statement " : "these statements ") + verbAndRest;
    }

    private Recovery() {
    }

    /** {@code file:8 CREATE TABLE a (…); file:9 …}: each statement by its file and line, masked and cut short. */
    static String list(String location, List<SqlStatement> statements) {
        return statements.stream()
                .map(statement -> at(location, statement.line()) + " " + Messages.preview(statement.sql()))
                .collect(Collectors.joining("; "));
    }

    /** {@code file:line}, as editors and terminals link it. */
    static String at(String location, int line) {
        return location + ":" + line;
    }
}
