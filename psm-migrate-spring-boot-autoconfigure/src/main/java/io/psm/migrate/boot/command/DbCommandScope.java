package io.psm.migrate.boot.command;

import java.util.List;
import java.util.Set;

/**
 * How much of the application a {@code db} command needs: its database alone, or its entity model
 * too ({@code migrate}, {@code check}, {@code revision --autogenerate} compare the model with the
 * database). The rest of the application (web server, Actuator, metrics, repositories, its own
 * beans) is never needed by a command.
 */
enum DbCommandScope {

    /** The database and the scripts: every command that does not compare the model. */
    DATABASE,

    /** The database, the scripts and the Hibernate metamodel of the entities. */
    MODEL;

    private static final Set<String> COMPARING = Set.of("migrate", "check");
    private static final Set<String> DIRECTORY_OPTIONS = Set.of("-d", "--directory");

    /**
     * The scope of a command line.
     *
     * @param arguments the command and its arguments, as after {@code db}
     * @return what the command needs
     */
    static DbCommandScope of(List<String> arguments) {
        String command = command(arguments);
        if (COMPARING.contains(command) || ("revision".equals(command) && arguments.contains("--autogenerate"))) {
            return MODEL;
        }
        return DATABASE;
    }

    /** The command: the first argument that is neither an option nor the value of {@code -d DIR}. */
    static String command(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (DIRECTORY_OPTIONS.contains(argument)) {
                i++;
            } else if (!argument.startsWith("-")) {
                return argument;
            }
        }
        return "";
    }
}
