package io.psm.migrate.execute;

import io.psm.migrate.script.SqlStatement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How far one step got: the statements that ran, the one running, whether it was recording. One per step, one thread. */
final class Progress {

    private final long startNanos;
    private final List<SqlStatement> ran = new ArrayList<>();
    private SqlStatement running;
    private boolean recording;

    Progress(long startNanos) {
        this.startNanos = startNanos;
    }

    void starting(SqlStatement statement) {
        running = statement;
    }

    void finished(SqlStatement statement) {
        ran.add(statement);
        running = null;
    }

    void recording() {
        recording = true;
    }

    /** The statement that was running when the step failed, if a statement failed. */
    Optional<SqlStatement> running() {
        return Optional.ofNullable(running);
    }

    /** The statements that completed. */
    List<SqlStatement> ran() {
        return List.copyOf(ran);
    }

    /** Whether the body had completed and the version changes and history row were being written. */
    boolean isRecording() {
        return recording;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
