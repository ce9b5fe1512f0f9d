package io.psm.migrate.script;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every malformed script of a load, reported at once so they can all be fixed in one go.
 *
 * <p>The message has one line per problem, each naming its file (and line where known);
 * {@link #problems()} holds them as exceptions, with {@link ScriptException#location()} and
 * {@link ScriptException#line()} for tools.
 */
public class InvalidScriptsException extends ScriptException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScriptException> problems;

    /**
     * @param problems one or more problems, in the order of the scripts
     */
    public InvalidScriptsException(List<ScriptException> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
        problems.stream().filter(problem -> problem.getCause() != null).forEach(this::addSuppressed);
    }

    /**
     * The problems, one per malformed file, class or location.
     *
     * @return the problems, in the order of the scripts
     */
    public List<ScriptException> problems() {
        return problems;
    }

    private static String message(List<ScriptException> problems) {
        if (problems.size() == 1) {
            return "Invalid migration script: " + problems.get(0).getMessage();
        }
        return problems.size() + " migration scripts are invalid:" + problems.stream()
                .map(problem -> "\n  " + problem.getMessage()).collect(Collectors.joining());
    }
}
