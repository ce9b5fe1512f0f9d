package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads an application's command line for a {@code db} command: {@code db [-n NAME] COMMAND [ARGS]},
 * where {@code db} is the first argument that is not a Spring option ({@code --spring.profiles.active=x}
 * may come first). Spring property arguments ({@code --a.b=c}, a dot in the name) configure the
 * application and are not passed to the command; {@code -n}/{@code --name} right after {@code db}
 * chooses an instance, as Alembic's {@code -n} chooses a configuration section.
 */
final class DbArguments {

    static final String COMMAND = "db";

    private DbArguments() {
    }

    /**
     * The {@code db} command of these arguments, if they are one.
     *
     * @param args the application's arguments
     * @return the instance and the command's arguments, or empty when this is a normal start
     */
    static Optional<DbCommandMode> parse(String[] args) {
        List<String> all = Arrays.asList(args);
        int db = firstNonOption(all);
        if (db < 0 || !COMMAND.equals(all.get(db))) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(all.subList(db + 1, all.size()));
        rest.removeIf(DbArguments::isSpringProperty);
        Optional<String> instance = takeInstance(rest);
        return Optional.of(new DbCommandMode(instance, rest));
    }

    private static int firstNonOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).startsWith("--")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int equals = arg.indexOf('=');
        String name = (equals < 0) ? arg.substring(2) : arg.substring(2, equals);
        return name.contains(".");
    }

    private static Optional<String> takeInstance(List<String> rest) {
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String first = rest.get(0);
        if (first.startsWith("--name=")) {
            rest.remove(0);
            return Optional.of(first.substring("--name=".length()));
        }
        if ((first.equals("-n") || first.equals("--name")) && rest.size() > 1) {
            rest.remove(0);
            return Optional.of(rest.remove(0));
        }
        return Optional.empty();
    }
}
