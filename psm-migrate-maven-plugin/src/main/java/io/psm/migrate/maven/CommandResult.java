package io.psm.migrate.maven;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;

/**
 * How a forked {@code db} command ended: its exit status and what it said on standard error about a
 * failure, which the goal's failure repeats.
 *
 * @param status     the exit status: 0 done, 1 failed, 2 usage error
 * @param errorLine  the command's last {@code ERROR: } line, without the prefix, if it printed one
 * @param usageError the message of a usage error (the lines before the command's usage), if any
 */
record CommandResult(int status, Optional<String> errorLine, Optional<String> usageError) {

    private static final String ERROR_PREFIX = "ERROR: ";

    /** The {@code db} commands that errors suggest, and the same as goals, for Maven's summary of a failure. */
    private static final Map<String, String> SUGGESTIONS = Map.of(
            "'db migrate -m MSG'", "'mvn compile psm-migrate:migrate -Dpsm.message=MSG'",
            "'db merge'", "'mvn psm-migrate:merge -Dpsm.revisions=heads'");
    private static final String USAGE_PREFIX = "Usage: ";

    /**
     * Reads the outcome from the exit status and the lines the command printed on standard error.
     *
     * @param status the exit status
     * @param lines  its standard error, or the last lines of it
     * @return the result
     */
    static CommandResult of(int status, List<String> lines) {
        Optional<String> error = lines.stream().filter(line -> line.startsWith(ERROR_PREFIX))
                .reduce((first, second) -> second).map(line -> line.substring(ERROR_PREFIX.length()).strip());
        return new CommandResult(status, error, usageMessage(lines));
    }

    /** picocli prints a usage error's message, then the command's usage: the message is what comes before. */
    private static Optional<String> usageMessage(List<String> lines) {
        int usage = -1;
        for (int i = 0; i < lines.size() && usage < 0; i++) {
            if (lines.get(i).startsWith(USAGE_PREFIX)) {
                usage = i;
            }
        }
        int start = usage;
        while (start > 0 && !lines.get(start - 1).isBlank() && !isLogLine(lines.get(start - 1))) {
            start--;
        }
        if (usage <= 0 || start == usage) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", lines.subList(start, usage).stream().map(String::strip).toList()));
    }

    /** The error with the goals instead of the {@code db} commands it suggests. */
    private static String asGoals(String error) {
        String text = error;
        for (Map.Entry<String, String> suggestion : SUGGESTIONS.entrySet()) {
            text = text.replace(suggestion.getKey(), suggestion.getValue());
        }
        return text;
    }

    private static boolean isLogLine(String line) {
        return line.startsWith("INFO  [") || line.startsWith("WARN  [") || line.startsWith(ERROR_PREFIX)
                || (!line.isEmpty() && Character.isDigit(line.charAt(0)));
    }

    /**
     * Fails the goal unless the command succeeded: with the command's {@code ERROR:} line, so Maven's
     * summary says what the command said (and, without {@code -e}, no stack trace), naming the goals
     * where it suggests a {@code db} command.
     *
     * @param goal the goal, for a failure that printed no error line
     * @throws MojoFailureException when the command did not succeed
     */
    void check(String goal) throws MojoFailureException {
        if (this.status == 0) {
            return;
        }
        if (this.status == 2) {
            throw new MojoFailureException(this.errorLine.or(() -> this.usageError)
                    .map(message -> "Usage error: " + message)
                    .orElse("Usage error in psm-migrate:" + goal + "; see the command's usage above"));
        }
        throw new MojoFailureException(this.errorLine.map(CommandResult::asGoals).orElse("psm-migrate:" + goal
                + " failed with exit status " + this.status + "; see its output above"));
    }
}
