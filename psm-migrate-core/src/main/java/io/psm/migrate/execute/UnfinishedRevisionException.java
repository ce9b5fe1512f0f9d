package io.psm.migrate.execute;

import io.psm.migrate.MigrateException;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.HistoryState;
import io.psm.migrate.version.Interruption;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A revision to run failed partway before (or its process died while it ran), and what it left in
 * the database was not cleared: running it again would collide with its own remains
 * ({@code relation "x" already exists}) or double them. Nothing runs. The message names the
 * statements that stayed, by file and line, and the way out: undo them by hand or make them safe to
 * repeat, then {@code repair} to clear the failure.
 */
public class UnfinishedRevisionException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;
    private final transient HistoryEntry attempt;

    UnfinishedRevisionException(HistoryEntry attempt, MigrationScript script) {
        super(message(attempt, script));
        this.revision = attempt.revision();
        this.location = script.location();
        this.attempt = attempt;
    }

    /** The message, with the repair command as the front end spells it. */
    @Override
    public String messageFor(String commandPrefix) {
        return withCommand(getMessage(), "repair", commandPrefix);
    }

    /** The revision whose earlier attempt is unfinished. */
    public String revision() {
        return revision;
    }

    /** Its file or class. */
    public String location() {
        return location;
    }

    /** The history row of that attempt. */
    public Optional<HistoryEntry> attempt() {
        return Optional.ofNullable(attempt);
    }

    private static String message(HistoryEntry attempt, MigrationScript script) {
        Interruption stop = attempt.interruption().orElseThrow();
        String location = script.location();
        boolean edited = !attempt.checksum().equals(script.checksum());
        // Lines of an edited file may hold other statements now: then only the lines are named.
        Map<Integer, SqlStatement> byLine = edited ? Map.of() : statements(script, attempt.action()).stream()
                .collect(Collectors.toMap(SqlStatement::line, Function.identity(), (first, second) -> first));
        String ran = stop.ranLines().stream().map(line -> describe(location, line, byLine))
                .collect(Collectors.joining("; "));
        String what = attempt.action() == HistoryAction.DOWNGRADE ? "downgrade" : "upgrade";
        Instant at = attempt.appliedAt().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder text = new StringBuilder("Revision " + attempt.revision() + " (" + location + ") ");
        if (attempt.state() == HistoryState.RUNNING) {
            text.append("did not finish its ").append(what).append(" started at ").append(at)
                    .append(": its process stopped (killed, or its connection lost)");
            stop.atLine().ifPresent(line -> text.append(" while running ").append(describe(location, line, byLine))
                    .append(", which may have taken effect in part"));
            if (!ran.isEmpty()) {
                text.append("; ").append(Recovery.these(stop.ranLines().size(), "had run and stayed applied: "))
                        .append(ran);
            }
        } else {
            text.append("failed partway in its ").append(what).append(" at ").append(at).append(", and ")
                    .append(Recovery.these(stop.ranLines().size(), "had run and stayed applied: ")).append(ran);
            stop.atLine().ifPresent(line -> text.append(" (line ").append(line).append(" failed: ")
                    .append(stop.error().orElse("")).append(')'));
        }
        if (edited) {
            text.append(" (lines of the file as it ran then; it has been edited since)");
        }
        int statements = stop.ranLines().size() + (attempt.state() == HistoryState.RUNNING && stop.atLine().isPresent() ? 1 : 0);
        return text.append(". ").append(Recovery.whatToDo(statements)).toString();
    }

    private static String describe(String location, int line, Map<Integer, SqlStatement> byLine) {
        SqlStatement statement = byLine.get(line);
        return Recovery.at(location, line) + (statement == null ? "" : " " + Messages.preview(statement.sql()));
    }

    private static List<SqlStatement> statements(MigrationScript script, HistoryAction action) {
        Optional<ScriptBody> body = action == HistoryAction.DOWNGRADE ? script.downgrade() : Optional.of(script.upgrade());
        return body.filter(ScriptBody.SqlBody.class::isInstance).map(ScriptBody.SqlBody.class::cast)
                .map(ScriptBody.SqlBody::statements).orElse(List.of());
    }
}
