package io.psm.migrate.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;

/**
 * The arguments of one {@code db} command, built from a goal's properties: the command's name, its
 * options and its positional arguments, in the order the command line takes them. Values that are
 * not set are left out, so the command's own defaults apply. Not thread-safe; one per goal run.
 */
public final class CommandArguments {

    private final String command;
    private final List<String> arguments = new ArrayList<>();

    private CommandArguments(String command) {
        this.command = command;
    }

    /**
     * The arguments of a command.
     *
     * @param command the {@code db} command: {@code upgrade}, {@code history}, ...
     * @return the arguments, none yet
     */
    public static CommandArguments of(String command) {
        return new CommandArguments(command);
    }

    /**
     * Adds an option with a value, when the value is set.
     *
     * @param name  the option: {@code -m}, {@code --head}, ...
     * @param value its value, or {@code null} or blank to leave it out
     * @return these arguments
     */
    public CommandArguments option(String name, String value) {
        if (value != null && !value.isBlank()) {
            this.arguments.add(name);
            this.arguments.add(value);
        }
        return this;
    }

    /**
     * Adds an option once per value, as {@code --branch-label a --branch-label b}.
     *
     * @param name   the option
     * @param values its values, possibly none
     * @return these arguments
     */
    public CommandArguments options(String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> option(name, value));
        }
        return this;
    }

    /**
     * Adds an option without a value when it is switched on.
     *
     * @param name the option: {@code --sql}, {@code -v}, ...
     * @param on   whether to add it
     * @return these arguments
     */
    public CommandArguments flag(String name, boolean on) {
        if (on) {
            this.arguments.add(name);
        }
        return this;
    }

    /**
     * Adds a positional argument, when it is set.
     *
     * @param value the argument, or {@code null} or blank to leave it to the command's default
     * @return these arguments
     */
    public CommandArguments positional(String value) {
        if (value != null && !value.isBlank()) {
            this.arguments.add(value);
        }
        return this;
    }

    /**
     * Adds positional arguments.
     *
     * @param values the arguments, possibly none
     * @return these arguments
     */
    public CommandArguments positionals(List<String> values) {
        if (values != null) {
            values.forEach(this::positional);
        }
        return this;
    }

    /**
     * A property the command cannot run without.
     *
     * @param property    the user property, such as {@code psm.revisions}
     * @param values      its value
     * @param description what it is, with an example
     * @return the value
     * @throws MojoFailureException naming the property when it is not set
     */
    public static List<String> required(String property, List<String> values, String description)
            throws MojoFailureException {
        if (values == null || values.stream().allMatch(value -> value == null || value.isBlank())) {
            throw new MojoFailureException("Missing -D" + property + "=...: " + description);
        }
        return values;
    }

    /** The command's name. */
    String command() {
        return this.command;
    }

    /** Whether the arguments hold this one. */
    boolean contains(String argument) {
        return this.arguments.contains(argument);
    }

    /** The command and its arguments, as {@code db} takes them. */
    List<String> toList() {
        List<String> all = new ArrayList<>(this.arguments.size() + 1);
        all.add(this.command);
        all.addAll(this.arguments);
        return List.copyOf(all);
    }
}
