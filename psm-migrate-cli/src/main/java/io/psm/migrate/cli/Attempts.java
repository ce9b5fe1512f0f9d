package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.version.HistoryEntry;
import io.psm.migrate.version.HistoryState;
import io.psm.migrate.version.Interruption;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Failed and unfinished attempts, as {@code current} and {@code repair} describe them. */
final class Attempts {

    private Attempts() {
    }

    /** The file of a revision, or its id when the scripts no longer have it. */
    static String location(PsmMigrate migrate, String revision) {
        return migrate.graph().contains(revision) ? migrate.show(revision).location() : revision;
    }

    /**
     * One line about an attempt: {@code The last upgrade of b (file) failed at line 9 (<time>):
     * <error>; the statements at lines 7, 8 stayed applied: undo them or make them safe to repeat,
     * then run 'repair'}.
     */
    static String describe(PsmMigrate migrate, HistoryEntry attempt, String commandPrefix) {
        Optional<Interruption> stop = attempt.interruption();
        OptionalInt line = stop.map(Interruption::atLine).orElse(OptionalInt.empty());
        StringBuilder text = new StringBuilder("The last " + attempt.action().word() + " of " + attempt.revision()
                + " (" + location(migrate, attempt.revision()) + ") ");
        if (attempt.state() == HistoryState.RUNNING) {
            text.append("never finished: it is running, or its process stopped,");
        } else {
            text.append("failed");
        }
        line.ifPresent(number -> text.append(" at line ").append(number));
        text.append(" (").append(attempt.appliedAt().truncatedTo(ChronoUnit.SECONDS)).append(')');
        stop.flatMap(Interruption::error).ifPresent(error -> text.append(": ").append(error));
        List<Integer> ran = stop.map(Interruption::ranLines).orElse(List.of());
        if (!ran.isEmpty()) {
            text.append(ran.size() == 1 ? "; the statement at line " : "; the statements at lines ")
                    .append(ran.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(" stayed applied");
        }
        if (attempt.leftChanges()) {
            text.append(": undo what it left or make it safe to repeat, then run '").append(commandPrefix)
                    .append("repair'");
        }
        return text.toString();
    }
}
